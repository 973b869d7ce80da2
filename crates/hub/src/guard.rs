//! What every request must look like before any route sees it, and the shape of every refusal.
//!
//! **Decision (cross-site writes):** a web page on another site that someone at the hub's screen
//! or an office computer opens can make their browser send requests to the hub: "simple"
//! cross-site POSTs (an HTML form, a `text/plain` fetch) need no permission from the hub, and DNS
//! rebinding can make a hostile name resolve to 127.0.0.1. So, on both listeners ([`check`]):
//!
//! - every state-changing request (any method but GET, HEAD and OPTIONS) must carry
//!   `Content-Type: application/json`. A page on another site can send that only after a CORS
//!   preflight, and the hub answers no preflight (it sends no CORS headers), so the browser
//!   never sends the request at all;
//! - the loopback listener answers only to a loopback `Host` with its own port
//!   (`127.0.0.1:port`, `localhost:port`, `[::1]:port`), on every request, reads included, so a
//!   rebound name reaches nothing (not even the list of names);
//! - a state-changing request carrying `Origin` must come from the listener's own origin
//!   (`http://` + Host on loopback, `https://` + Host on the LAN; `null` is refused), and one
//!   carrying `Sec-Fetch-Site` must say `same-origin` or `none`. A request with neither header
//!   is allowed: phones (`waymark-hub-client`), scripts and tests send neither, and every current
//!   browser sends `Origin` on a cross-site POST, so its absence never lets one through.
//!
//! Every refusal is a 4xx with `{code, message}` in plain words, decided before the body is read,
//! so nothing was changed. Refusals made below the routes (axum's own 404, 405, 413 and the like,
//! which are plain text) are rewritten to the same JSON shape by [`json_refusals`], so a client
//! meets one shape whatever refused it.
//!
//! On the LAN listener every response also carries `Strict-Transport-Security`
//! ([`strict_transport`]): a browser that once reached the hub over HTTPS never tries plain HTTP
//! to it again (where the hub is not listening, but something else could be).

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use waymark_api::{Code, Error};

use crate::office::Listener;

/// Which listener a router serves, for [`check`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Site {
    pub listener: Listener,
    /// The listener's own port: the only port a loopback `Host` may name.
    pub port: u16,
}

impl Site {
    fn scheme(self) -> &'static str {
        match self.listener {
            Listener::Loopback => "http",
            Listener::Lan => "https",
        }
    }

    fn default_port(self) -> u16 {
        match self.listener {
            Listener::Loopback => 80,
            Listener::Lan => 443,
        }
    }
}

/// The middleware: refuse what does not look like the hub's own page or app, before routing.
pub(crate) async fn check(State(site): State<Site>, request: Request, next: Next) -> Response {
    match refusal(site, request.method(), request.headers(), request.uri()) {
        Some(refused) => refused,
        None => next.run(request).await,
    }
}

fn refusal(site: Site, method: &Method, headers: &HeaderMap, uri: &axum::http::Uri) -> Option<Response> {
    let host = headers
        .get(header::HOST)
        .and_then(|v| v.to_str().ok())
        .or_else(|| uri.authority().map(axum::http::uri::Authority::as_str))
        .and_then(|h| authority(h, site.default_port()));
    if site.listener == Listener::Loopback {
        let loopback = host.as_ref().is_some_and(|(name, port)| {
            *port == site.port && matches!(name.as_str(), "127.0.0.1" | "localhost" | "::1")
        });
        if !loopback {
            return Some(forbidden(format!(
                "This screen of the hub answers only at its own address, http://127.0.0.1:{}. \
                 Open that address. Nothing was changed.",
                site.port
            )));
        }
    }
    if matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS) {
        return None;
    }
    if !is_json(headers) {
        return Some(refuse(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Error::invalid(
                "The hub takes requests only as JSON (Content-Type: application/json). Nothing was changed.",
            ),
        ));
    }
    let cross_site = || {
        forbidden(
            "This request came from another web site, not from the hub's own page. Nothing was changed."
                .to_string(),
        )
    };
    if let Some(origin) = headers.get(header::ORIGIN) {
        let own = origin
            .to_str()
            .ok()
            .and_then(|o| o.strip_prefix(site.scheme())?.strip_prefix("://"))
            .and_then(|o| authority(o, site.default_port()));
        if own.is_none() || own != host {
            return Some(cross_site());
        }
    }
    if let Some(fetch_site) = headers.get("sec-fetch-site")
        && !matches!(fetch_site.to_str(), Ok("same-origin" | "none"))
    {
        return Some(cross_site());
    }
    None
}

/// `host[:port]` (or `[v6]:port`) as (lower-case host without brackets, port). `None` if it is
/// not one: a path, user info or a bad port.
fn authority(text: &str, default_port: u16) -> Option<(String, u16)> {
    if text.is_empty() || text.contains(['/', '@', '?', '#', ' ']) {
        return None;
    }
    let (name, port) = if let Some(rest) = text.strip_prefix('[') {
        let (name, after) = rest.split_once(']')?;
        match after {
            "" => (name, None),
            port => (name, Some(port.strip_prefix(':')?)),
        }
    } else {
        match text.split_once(':') {
            Some((name, port)) => (name, Some(port)),
            None => (text, None),
        }
    };
    let port = match port {
        Some(port) => port.parse().ok()?,
        None => default_port,
    };
    (!name.is_empty()).then(|| (name.to_ascii_lowercase(), port))
}

fn is_json(headers: &HeaderMap) -> bool {
    headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).is_some_and(|v| {
        let essence = v.split(';').next().unwrap_or_default().trim();
        essence.eq_ignore_ascii_case("application/json")
    })
}

fn forbidden(message: String) -> Response {
    refuse(StatusCode::FORBIDDEN, Error { code: Code::Forbidden, message })
}

fn refuse(status: StatusCode, err: Error) -> Response {
    let mut response = crate::error_response(err);
    *response.status_mut() = status;
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// Every refusal as `{code, message}`: a 4xx or 5xx that is not JSON already (axum's own 404,
/// 405, 413 and extractor rejections are plain text) gets the same JSON shape as the rest.
pub(crate) async fn json_refusals(request: Request, next: Next) -> Response {
    let response = next.run(request).await;
    let status = response.status();
    let json = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"));
    if !(status.is_client_error() || status.is_server_error()) || json {
        return response;
    }
    let (code, message) = match status {
        StatusCode::PAYLOAD_TOO_LARGE => (
            Code::InvalidInput,
            format!(
                "The request is too large (the limit is {} KiB). Nothing was stored.",
                crate::MAX_BODY_BYTES / 1024
            ),
        ),
        StatusCode::METHOD_NOT_ALLOWED => {
            (Code::InvalidInput, "That address does not take this kind of request.".to_string())
        }
        StatusCode::NOT_FOUND => (Code::NotFound, "There is nothing at this address.".to_string()),
        s if s.is_client_error() => (Code::InvalidInput, "The request is not valid.".to_string()),
        _ => (Code::Internal, "The hub hit a problem; try again.".to_string()),
    };
    let (mut parts, _) = response.into_parts();
    parts.headers.remove(header::CONTENT_LENGTH);
    parts.headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
    let body = serde_json::to_vec(&Error { code, message }).unwrap_or_default();
    Response::from_parts(parts, Body::from(body)).into_response()
}

/// `Strict-Transport-Security` on every response of the LAN listener.
pub(crate) async fn strict_transport(request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    response
        .headers_mut()
        .insert(header::STRICT_TRANSPORT_SECURITY, HeaderValue::from_static("max-age=31536000"));
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn authorities_are_read_as_host_and_port() {
        assert_eq!(authority("127.0.0.1:8470", 80), Some(("127.0.0.1".into(), 8470)));
        assert_eq!(authority("LocalHost:8470", 80), Some(("localhost".into(), 8470)));
        assert_eq!(authority("[::1]:8470", 80), Some(("::1".into(), 8470)));
        assert_eq!(authority("[::1]", 443), Some(("::1".into(), 443)));
        assert_eq!(authority("hub.example", 443), Some(("hub.example".into(), 443)));
        for bad in ["", ":80", "a:b", "a:99999", "[::1", "[::1]x", "a/b", "u@a:1", "a:1:2"] {
            assert_eq!(authority(bad, 80), None, "{bad}");
        }
    }

    #[test]
    fn only_json_content_types_are_json() {
        let mut headers = HeaderMap::new();
        assert!(!is_json(&headers));
        for (value, json) in [
            ("application/json", true),
            ("Application/JSON; charset=utf-8", true),
            ("text/plain", false),
            ("application/x-www-form-urlencoded", false),
            ("multipart/form-data; boundary=x", false),
            ("application/jsonx", false),
        ] {
            headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(value));
            assert_eq!(is_json(&headers), json, "{value}");
        }
    }
}
