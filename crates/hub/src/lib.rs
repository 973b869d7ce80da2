//! The office hub's HTTP surface.
//!
//! **API boundary:** each route is a few lines that decode the request, call the one `api`
//! function of the same name and encode the answer. Nothing here knows SQL or content files.
//!
//! Two listeners ([`start`]):
//! - **loopback, plain HTTP** (`127.0.0.1:--port`, [`router`]): the UI, the participant
//!   use-cases `/api/<name>`, office sign-in `/office/v1/…`, the facilitator's `/hub/api/<name>`,
//!   and the device routes. Only a browser on the hub's own machine reaches it, so it needs no
//!   TLS; the facilitator's routes need no login. Without an office session, `/api/<name>` is the
//!   hub's own participant (the facilitator presenting the programme to the room).
//! - **LAN, HTTPS** (`--bind:--tls-port`, [`device_router`]): the UI, office sign-in and — for a
//!   signed-in participant only — `/api/<name>`, and the device routes `/device/v1/pair` and
//!   `/device/v1/sync`, with a self-signed certificate that phones pin at pairing ([`tls`]). The
//!   facilitator's routes are never served here.
//!
//! Before any route, `guard` refuses what does not come from the hub's own pages or app
//! (cross-site writes, DNS rebinding) and turns every refusal into `{code, message}` JSON;
//! `serve` bounds slow clients; `files` keeps the hub's files private.

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::{DefaultBodyLimit, Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use include_dir::{Dir, include_dir};
use serde::Serialize;
use serde::de::DeserializeOwned;
use waymark_api::{Api, Code, Error, Hub};

mod device;
mod files;
mod guard;
mod live;
mod office;
mod serve;
pub mod tls;

pub use device::{MAX_EXCHANGE_BYTES, MAX_EXCHANGE_DECODED_BYTES, MAX_PAIR_BYTES, MAX_SYNC_BYTES};
pub use serve::{
    HEADER_READ_TIMEOUT, HubOptions, RunningHub, USAGE, open_and_start, parse_options, print_addresses, start,
};

static UI: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/../../ui/dist");

/// Largest request body accepted. Every current request is a few hundred bytes.
pub const MAX_BODY_BYTES: usize = 64 * 1024;

/// Longest a client may take to send a request's body once its headers are in. A sync chunk is
/// usually a few hundred KiB; even the 4 MiB limit needs only ~140 KB/s to arrive in time, and
/// a phone that misses it tries again at its next sync. A client that dribbles its body slower is
/// answered 408 and its connection closed, so slow clients cannot hold the hub's connections.
pub const BODY_READ_TIMEOUT: Duration = Duration::from_secs(30);

/// Content-Security-Policy for the UI the hub serves: only its own origin, nothing inline.
const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
                   media-src 'self'; connect-src 'self'; font-src 'self'; base-uri 'none'; \
                   form-action 'none'; frame-ancestors 'none'";

/// The loopback listener's routes: everything, for the facilitator's own machine. `port` is the
/// listener's own: the only one a request's `Host` may name (`guard`).
pub fn router(api: Arc<Hub>, port: u16) -> Router {
    let site = guard::Site { listener: office::Listener::Loopback, port };
    Router::new()
        .merge(office::routes(office::Listener::Loopback))
        .merge(live::routes(office::Listener::Loopback))
        .route("/hub/api/{name}", post(hub_call))
        .merge(device::routes())
        .merge(ui_routes())
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(middleware::from_fn_with_state(site, guard::check))
        .layer(middleware::from_fn(guard::json_refusals))
        .with_state(api)
}

/// The HTTPS listener's routes: the UI, office sign-in with the participant use-cases behind it,
/// and the device routes. Never the facilitator's.
pub fn device_router(api: Arc<Hub>) -> Router {
    let site = guard::Site { listener: office::Listener::Lan, port: 0 };
    Router::new()
        .merge(office::routes(office::Listener::Lan))
        .merge(live::routes(office::Listener::Lan))
        .merge(device::routes())
        .merge(ui_routes())
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(middleware::from_fn_with_state(site, guard::check))
        .layer(middleware::from_fn(guard::json_refusals))
        .layer(middleware::from_fn(guard::strict_transport))
        .with_state(api)
}

fn ui_routes() -> Router<Arc<Hub>> {
    Router::new()
        .route("/audio/{locale}/{file}", get(audio))
        .route("/", get(|| async { asset("index.html") }))
        .route("/{*path}", get(|Path(path): Path<String>| async move { asset(&path) }))
}

async fn hub_call(
    State(api): State<Arc<Hub>>,
    headers: HeaderMap,
    Path(name): Path<String>,
    body: Body,
) -> Response {
    // A participant signed in on the hub's own screen is not the facilitator.
    if office::has_session_cookie(&headers) {
        return office::no_store(error_response(Error {
            code: Code::Unauthorized,
            message: "Someone is signed in on this screen. Sign them out first.".into(),
        }));
    }
    let body = match read_body(body, MAX_BODY_BYTES).await {
        Ok(body) => body,
        Err(refused) => return refused,
    };
    blocking(move || office::no_store(hub_dispatch(&api, &name, &body))).await
}

/// A request's whole body, at most `limit` bytes, sent within [`BODY_READ_TIMEOUT`]. Refusals:
/// 413 (too large), 408 (too slow: the connection is closed), 400 (cut off); all `{code, message}`.
pub(crate) async fn read_body(body: Body, limit: usize) -> Result<Bytes, Response> {
    let refuse = |status: StatusCode, message: String| {
        let mut response = error_response(Error::invalid(message));
        *response.status_mut() = status;
        response
    };
    match tokio::time::timeout(BODY_READ_TIMEOUT, axum::body::to_bytes(body, limit)).await {
        Ok(Ok(bytes)) => Ok(bytes),
        Ok(Err(e)) if is_length_limit(&e) => Err(refuse(
            StatusCode::PAYLOAD_TOO_LARGE,
            format!("The request is too large (the limit is {} KiB). Nothing was stored.", limit / 1024),
        )),
        Ok(Err(_)) => Err(refuse(
            StatusCode::BAD_REQUEST,
            "The request was cut off before its end. Nothing was stored.".into(),
        )),
        Err(_) => {
            let mut response = refuse(
                StatusCode::REQUEST_TIMEOUT,
                format!(
                    "The request took longer than {} seconds to arrive. Nothing was stored; try again.",
                    BODY_READ_TIMEOUT.as_secs()
                ),
            );
            response.headers_mut().insert(header::CONNECTION, HeaderValue::from_static("close"));
            Err(response)
        }
    }
}

fn is_length_limit(error: &axum::Error) -> bool {
    let mut source: Option<&(dyn std::error::Error + 'static)> = Some(error);
    while let Some(e) = source {
        if e.is::<http_body_util::LengthLimitError>() {
            return true;
        }
        source = e.source();
    }
    false
}

/// Run blocking SQLite work off the async workers.
pub(crate) async fn blocking(f: impl FnOnce() -> Response + Send + 'static) -> Response {
    match tokio::task::spawn_blocking(f).await {
        Ok(response) => response,
        Err(_) => error_response(Error {
            code: Code::Internal,
            message: "The hub hit a problem; try again.".into(),
        }),
    }
}

macro_rules! dispatch_table {
    ($($name:ident($request:ty) -> $response:ty;)*) => {
        /// Route a call by name to the `api` method of that name.
        /// Route a participant's call by name to the `api` method of that name. It takes an
        /// [`Api`]: one participant's use-cases, which hold no facilitator or device call.
        pub(crate) fn dispatch(api: &Api, name: &str, body: &[u8]) -> Response {
            use waymark_api::*;
            match name {
                $(stringify!($name) => handle(body, |request: $request| api.$name(request)),)*
                _ => error_response(Error::not_found(format!("There is no command called {name:?}."))),
            }
        }
    };
}

waymark_api::for_each_command!(dispatch_table);

macro_rules! hub_dispatch_table {
    ($($name:ident($request:ty) -> $response:ty;)*) => {
        /// Route a facilitator call by name to the `api` method of that name.
        fn hub_dispatch(hub: &Hub, name: &str, body: &[u8]) -> Response {
            use waymark_api::*;
            match name {
                $(stringify!($name) => handle(body, |request: $request| hub.$name(request)),)*
                _ => error_response(Error::not_found(format!("There is no hub command called {name:?}."))),
            }
        }
    };
}

waymark_api::for_each_hub_command!(hub_dispatch_table);

pub(crate) fn handle<Req: DeserializeOwned, Res: Serialize>(
    body: &[u8],
    f: impl FnOnce(Req) -> Result<Res, Error>,
) -> Response {
    let request = match decode(body) {
        Ok(request) => request,
        Err(e) => return error_response(e),
    };
    match f(request) {
        Ok(response) => (StatusCode::OK, axum::Json(response)).into_response(),
        Err(err) => error_response(err),
    }
}

/// Decode a JSON request, saying in plain words what is wrong and where (serde's own messages
/// name Rust types and positions, not what to fix). The field is named by its path
/// (`drink.volume_ml`); inside an internally tagged enum (a sync request's `type`) serde reads
/// the value whole first, so the path stops at the enum (`request`).
pub(crate) fn decode<Req: DeserializeOwned>(body: &[u8]) -> Result<Req, Error> {
    let invalid = |why: String| Error::invalid(format!("The request is not valid: {why}."));
    let mut json = serde_json::Deserializer::from_slice(body);
    let request = serde_path_to_error::deserialize(&mut json).map_err(|e| invalid(plain_words(&e)))?;
    // Text after the JSON value is as wrong as a bad value.
    json.end().map_err(|e| {
        invalid(format!("there is more after the JSON (line {}, column {})", e.line(), e.column()))
    })?;
    Ok(request)
}

/// What a decoding error means, for a person: the field it is about, in quotes, and what was
/// expected. Never a Rust type name.
fn plain_words(error: &serde_path_to_error::Error<serde_json::Error>) -> String {
    let inner = error.inner();
    if inner.is_syntax() || inner.is_eof() {
        return format!("it is not JSON (line {}, column {})", inner.line(), inner.column());
    }
    let text = inner.to_string();
    // serde_json appends " at line L column C"; the field's path says more.
    let text = text.rsplit_once(" at line ").map_or(text.as_str(), |(t, _)| t);
    let path = error.path().to_string();
    let field = |name: &str| {
        if path == "." || path.is_empty() { format!("\"{name}\"") } else { format!("\"{path}\"") }
    };
    if let Some(rest) = text.strip_prefix("unknown field `") {
        let name = rest.split('`').next().unwrap_or_default();
        let place = path.rsplit_once('.').map(|(p, _)| p).filter(|p| !p.is_empty() && *p != ".");
        return match place {
            Some(place) => format!("\"{place}\" has a field the hub does not know, \"{name}\""),
            None => format!("it has a field the hub does not know, \"{name}\""),
        };
    }
    if let Some(rest) = text.strip_prefix("missing field `") {
        let name = rest.split('`').next().unwrap_or_default();
        return match path.as_str() {
            "." | "" => format!("it needs the field \"{name}\""),
            place => format!("\"{place}\" needs the field \"{name}\""),
        };
    }
    if let Some(rest) = text.strip_prefix("invalid type: ") {
        let (got, expected) = rest.split_once(", expected ").unwrap_or((rest, "something else"));
        return format!(
            "{} should be {}, not {}",
            field("the request"),
            expected_words(expected),
            got_words(got)
        );
    }
    if let Some(rest) = text.strip_prefix("unknown variant `") {
        let (got, expected) = rest.split_once("`, expected ").unwrap_or((rest, "another value"));
        return format!("{} cannot be \"{got}\"; it must be {}", field("the request"), unquote(expected));
    }
    if let Some(rest) = text.strip_prefix("invalid value: ") {
        let (got, expected) = rest.split_once(", expected ").unwrap_or((rest, "another value"));
        return format!(
            "{} should be {}, not {}",
            field("the request"),
            expected_words(expected),
            got_words(got)
        );
    }
    if let Some(rest) = text.strip_prefix("invalid length ") {
        let expected = rest.split_once(", expected ").map_or("another length", |(_, e)| e);
        return format!("{} should have {}", field("the request"), unquote(expected));
    }
    format!("{} is wrong: {}", field("the request"), unquote(text))
}

/// serde's name for what was wanted (`a string`, `u32`, `struct Drink`) in plain words.
fn expected_words(expected: &str) -> String {
    match expected {
        "a string" | "a borrowed string" => "text".into(),
        "u8" | "u16" | "u32" | "u64" | "i8" | "i16" | "i32" | "i64" | "usize" => "a whole number".into(),
        "f32" | "f64" => "a number".into(),
        "a boolean" => "true or false".into(),
        "a sequence" => "a list".into(),
        e if e.starts_with("struct ") || e.starts_with("a map") => "a group of fields".into(),
        e => unquote(e),
    }
}

/// serde's description of what came (``integer `5` ``, `string "x"`, `map`) in plain words.
fn got_words(got: &str) -> String {
    let value = || got.split_once(' ').map_or(got, |(_, v)| v).trim_matches('`');
    match got.split(' ').next().unwrap_or_default() {
        "integer" | "floating" => format!("the number {}", value().trim_start_matches("point `")),
        "string" => format!("the text {}", value()),
        "boolean" => value().to_string(),
        "null" => "empty (null)".into(),
        "map" => "a group of fields".into(),
        "sequence" => "a list".into(),
        _ => unquote(got),
    }
}

fn unquote(text: &str) -> String {
    text.replace('`', "\"")
}

pub(crate) fn error_response(err: Error) -> Response {
    let status = match err.code {
        Code::InvalidInput => StatusCode::BAD_REQUEST,
        Code::NotFound => StatusCode::NOT_FOUND,
        Code::Unauthorized => StatusCode::UNAUTHORIZED,
        Code::PairingRefused | Code::Forbidden => StatusCode::FORBIDDEN,
        Code::RateLimited => StatusCode::TOO_MANY_REQUESTS,
        // The hub has no app lock; these come only from the app's own use-cases.
        Code::DatabaseUnavailable | Code::Locked => StatusCode::SERVICE_UNAVAILABLE,
        Code::WrongPin => StatusCode::FORBIDDEN,
        Code::SyncFailed | Code::HubUnreachable | Code::WrongHub => StatusCode::BAD_GATEWAY,
        Code::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        Code::TooManyTries => StatusCode::TOO_MANY_REQUESTS,
    };
    let mut response = (status, axum::Json(err)).into_response();
    if status == StatusCode::UNAUTHORIZED {
        response.headers_mut().insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
    }
    response
}

async fn audio(State(api): State<Arc<Hub>>, Path((locale, file)): Path<(String, String)>) -> Response {
    match api.own().audio(&format!("{locale}/{file}")) {
        Ok(bytes) => {
            let mime = if file.ends_with(".ogg") { "audio/ogg" } else { "application/octet-stream" };
            let mut headers = HeaderMap::new();
            headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(mime));
            headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=3600"));
            (headers, bytes.to_vec()).into_response()
        }
        Err(err) => error_response(err),
    }
}

fn asset(path: &str) -> Response {
    let path = if path.is_empty() { "index.html" } else { path };
    let Some(file) = UI.get_file(path).or_else(|| UI.get_file("index.html")) else {
        return (
            StatusCode::NOT_FOUND,
            "The UI was not built into this hub. Run `cargo xtask ui` and rebuild.",
        )
            .into_response();
    };
    let name = file.path().to_string_lossy();
    let mime = match name.rsplit('.').next() {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("json") => "application/json",
        Some("woff2") => "font/woff2",
        _ => "application/octet-stream",
    };
    let mut headers = HeaderMap::new();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(mime));
    headers.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(CSP));
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    if mime.starts_with("text/html") {
        // The page may have shown a participant's record: never kept for "Back" or the cache.
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    (headers, file.contents()).into_response()
}

#[cfg(test)]
mod tests;

/// Entry points for `fuzz/` (cargo-fuzz): the hub's own request handling without sockets, so a
/// fuzz target reaches exactly what a request body reaches in production.
#[doc(hidden)]
pub mod fuzz {
    use waymark_api::{DeviceSyncRequest, Error, Hub};

    /// Every name a JSON body can be posted to: `/api/<name>` (participant), `/hub/api/<name>`
    /// (facilitator, prefixed `hub/`), and `device/pair`.
    pub fn routes() -> Vec<String> {
        let participant = waymark_api::COMMANDS.iter().map(|(name, _, _)| (*name).to_string());
        let hub = waymark_api::HUB_COMMANDS.iter().map(|(name, _, _)| format!("hub/{name}"));
        participant.chain(hub).chain(["device/pair".to_string()]).collect()
    }

    /// Decode `body` and run the use-case `route` names, as the route does (the same `handle`:
    /// plain-words decoding, then the api's own checks). Returns the HTTP status.
    pub fn call(hub: &Hub, route: &str, body: &[u8]) -> u16 {
        let response = if let Some(name) = route.strip_prefix("hub/") {
            super::hub_dispatch(hub, name, body)
        } else if route == "device/pair" {
            let client = std::net::IpAddr::from([192, 0, 2, 1]);
            super::handle(body, |request: waymark_api::PairRequest| hub.pair_from(client, request))
        } else {
            super::dispatch(hub.own(), route, body)
        };
        response.status().as_u16()
    }

    /// A device's sync body, decoded as `/device/v1/sync` decodes it.
    pub fn decode_sync(body: &[u8]) -> Result<DeviceSyncRequest, Error> {
        super::device::quiet_decode(body)
    }

    /// A device's protocol-2 body, decoded as `/device/v2/sync` decodes it (unzipped first when
    /// the request says `Content-Encoding: gzip`, up to the route's limit).
    pub fn decode_exchange(body: &[u8], gzipped: bool) -> Result<waymark_api::Exchange, Error> {
        super::device::decode_exchange(body, gzipped)
    }
}
