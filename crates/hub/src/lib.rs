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

use std::sync::Arc;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use include_dir::{Dir, include_dir};
use serde::Serialize;
use serde::de::DeserializeOwned;
use waymark_api::{Api, Code, Error};

mod device;
mod office;
mod serve;
pub mod tls;

pub use device::{MAX_PAIR_BYTES, MAX_SYNC_BYTES};
pub use serve::{HubOptions, RunningHub, USAGE, open_and_start, parse_options, print_addresses, start};

static UI: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/../../ui/dist");

/// Largest request body accepted. Every current request is a few hundred bytes.
pub const MAX_BODY_BYTES: usize = 64 * 1024;

/// Content-Security-Policy for the UI the hub serves: only its own origin, nothing inline.
const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
                   media-src 'self'; connect-src 'self'; font-src 'self'; base-uri 'none'; \
                   form-action 'none'; frame-ancestors 'none'";

/// The loopback listener's routes: everything, for the facilitator's own machine.
pub fn router(api: Arc<Api>) -> Router {
    Router::new()
        .merge(office::routes(office::Listener::Loopback))
        .route("/hub/api/{name}", post(hub_call))
        .merge(device::routes())
        .merge(ui_routes())
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .with_state(api)
}

/// The HTTPS listener's routes: the UI, office sign-in with the participant use-cases behind it,
/// and the device routes. Never the facilitator's.
pub fn device_router(api: Arc<Api>) -> Router {
    Router::new()
        .merge(office::routes(office::Listener::Lan))
        .merge(device::routes())
        .merge(ui_routes())
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .with_state(api)
}

fn ui_routes() -> Router<Arc<Api>> {
    Router::new()
        .route("/audio/{locale}/{file}", get(audio))
        .route("/", get(|| async { asset("index.html") }))
        .route("/{*path}", get(|Path(path): Path<String>| async move { asset(&path) }))
}

async fn hub_call(
    State(api): State<Arc<Api>>,
    headers: HeaderMap,
    Path(name): Path<String>,
    body: Bytes,
) -> Response {
    // A participant signed in on the hub's own screen is not the facilitator.
    if office::has_session_cookie(&headers) {
        return office::no_store(error_response(Error {
            code: Code::Unauthorized,
            message: "Someone is signed in on this screen. Sign them out first.".into(),
        }));
    }
    blocking(move || office::no_store(hub_dispatch(&api, &name, &body))).await
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
        fn hub_dispatch(api: &Api, name: &str, body: &[u8]) -> Response {
            use waymark_api::*;
            match name {
                $(stringify!($name) => handle(body, |request: $request| api.$name(request)),)*
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
    let request = match serde_json::from_slice(body) {
        Ok(request) => request,
        Err(e) => return error_response(Error::invalid(format!("The request is not valid: {e}."))),
    };
    match f(request) {
        Ok(response) => (StatusCode::OK, axum::Json(response)).into_response(),
        Err(err) => error_response(err),
    }
}

pub(crate) fn error_response(err: Error) -> Response {
    let status = match err.code {
        Code::InvalidInput => StatusCode::BAD_REQUEST,
        Code::NotFound => StatusCode::NOT_FOUND,
        Code::Unauthorized => StatusCode::UNAUTHORIZED,
        Code::PairingRefused | Code::Forbidden => StatusCode::FORBIDDEN,
        Code::RateLimited => StatusCode::TOO_MANY_REQUESTS,
        Code::DatabaseUnavailable => StatusCode::SERVICE_UNAVAILABLE,
        Code::SyncFailed => StatusCode::BAD_GATEWAY,
        Code::Internal => StatusCode::INTERNAL_SERVER_ERROR,
    };
    let mut response = (status, axum::Json(err)).into_response();
    if status == StatusCode::UNAUTHORIZED {
        response.headers_mut().insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
    }
    response
}

async fn audio(State(api): State<Arc<Api>>, Path((locale, file)): Path<(String, String)>) -> Response {
    match api.audio(&format!("{locale}/{file}")) {
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
