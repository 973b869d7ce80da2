// ftl-body.js (plain JavaScript, run by Node when Vite loads its config).
export function ftlBody(): import('vite').Plugin;
