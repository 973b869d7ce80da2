// `import body from './x.ftl?body'`: the file's Fluent messages parsed at build time
// (vite.config.ts), what `new FluentResource(text).body` would give at run time.
declare module '*.ftl?body' {
  const body: import('@fluent/bundle').FluentResource['body'];
  export default body;
}
