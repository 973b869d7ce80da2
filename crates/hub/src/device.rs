//! Device routes: `POST /device/v1/pair`, `POST /device/v1/sync` and `POST /device/v1/forget`
//! (Bearer credential).
//!
//! Every refusal is a 4xx with `{code, message}` in plain words, and nothing is stored: the body
//! is read whole (up to its limit) and decoded before the api is called, and the api checks the
//! credential and protocol version before it reads or writes any event.

use std::net::SocketAddr;
use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::extract::{ConnectInfo, State};
use axum::http::{HeaderMap, header};
use axum::response::Response;
use axum::routing::post;
use waymark_api::{Code, DeviceSyncRequest, Error, Hub, PairRequest};

use crate::office::no_store;
use crate::{blocking, error_response, handle, read_body};

/// Largest sync request: a full chunk of 500 events with room to spare.
pub const MAX_SYNC_BYTES: usize = 4 * 1024 * 1024;
/// Largest pairing request (a few ids).
pub const MAX_PAIR_BYTES: usize = 16 * 1024;

pub(crate) fn routes() -> Router<Arc<Hub>> {
    Router::new()
        .route("/device/v1/pair", post(pair))
        .route("/device/v1/sync", post(sync))
        .route("/device/v1/forget", post(forget))
}

/// A phone erasing itself: its device is revoked (`Hub::forget_device`). The body is `{}`.
async fn forget(State(api): State<Arc<Hub>>, headers: HeaderMap, body: Body) -> Response {
    let Some(credential) = bearer(&headers) else {
        return no_store(error_response(Error {
            code: Code::Unauthorized,
            message: "This phone is not paired with this hub.".into(),
        }));
    };
    let body = match read_body(body, MAX_PAIR_BYTES).await {
        Ok(body) => body,
        Err(response) => return no_store(response),
    };
    no_store(
        blocking(move || {
            handle(&body, |request: waymark_api::EraseRequest| {
                let waymark_api::EraseRequest {} = request;
                api.forget_device(&credential)
            })
        })
        .await,
    )
}

/// Pairing and sync answers carry credentials and a participant's events: never cached. Typed
/// codes are limited per client address (`Hub::pair_from`).
async fn pair(
    State(api): State<Arc<Hub>>,
    ConnectInfo(client): ConnectInfo<SocketAddr>,
    body: Body,
) -> Response {
    let body = match read_body(body, MAX_PAIR_BYTES).await {
        Ok(body) => body,
        Err(response) => return no_store(response),
    };
    no_store(
        blocking(move || handle(&body, |request: PairRequest| api.pair_from(client.ip(), request))).await,
    )
}

async fn sync(State(api): State<Arc<Hub>>, headers: HeaderMap, body: Body) -> Response {
    let Some(credential) = bearer(&headers) else {
        return no_store(error_response(Error {
            code: Code::Unauthorized,
            message: "This phone is not paired with this hub. Ask your facilitator for a pairing code."
                .into(),
        }));
    };
    let body = match read_body(body, MAX_SYNC_BYTES).await {
        Ok(body) => body,
        Err(response) => return no_store(response),
    };
    no_store(
        blocking(move || {
            handle(&body, |request: DeviceSyncRequest| api.sync_for_device(&credential, request))
        })
        .await,
    )
}

pub(crate) fn bearer(headers: &HeaderMap) -> Option<String> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let token = value.strip_prefix("Bearer ")?.trim();
    (!token.is_empty()).then(|| token.to_string())
}
