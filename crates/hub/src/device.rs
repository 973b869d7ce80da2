//! Device routes: `POST /device/v1/pair`, `POST /device/v2/sync` (protocol 2, gzip), `POST
//! /device/v1/sync` (protocol 1, for older phones) and `POST /device/v1/forget` (Bearer
//! credential).
//!
//! Every refusal is a 4xx with `{code, message}` in plain words, and nothing is stored: the body
//! is read whole (up to its limit) and decoded before the api is called, and the api checks the
//! credential and protocol version before it reads or writes any event.

use std::net::SocketAddr;
use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::extract::{ConnectInfo, State};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::Response;
use axum::routing::post;
use waymark_api::{Code, DeviceSyncRequest, Error, Exchange, Hub, PairRequest};

use crate::office::no_store;
use crate::{blocking, error_response, handle, read_body};

/// Largest protocol-1 sync request: a full chunk of 500 events with room to spare.
pub const MAX_SYNC_BYTES: usize = 4 * 1024 * 1024;
/// Largest protocol-2 sync request as sent (gzip): a chunk of 500 events is ~30 KiB.
pub const MAX_EXCHANGE_BYTES: usize = 1024 * 1024;
/// Largest protocol-2 sync request once unzipped (a zip bomb stops here).
pub const MAX_EXCHANGE_DECODED_BYTES: usize = 4 * 1024 * 1024;
/// Answers smaller than this go uncompressed (gzip's header would outweigh what it saves).
const COMPRESS_FROM_BYTES: usize = 512;
/// Largest pairing request (a few ids).
pub const MAX_PAIR_BYTES: usize = 16 * 1024;

pub(crate) fn routes() -> Router<Arc<Hub>> {
    Router::new()
        .route("/device/v1/pair", post(pair))
        .route("/device/v1/sync", post(sync))
        .route("/device/v2/sync", post(exchange))
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
            match quiet_decode(&body).and_then(|r: DeviceSyncRequest| api.sync_for_device(&credential, r)) {
                Ok(response) => json_answer(&response, false),
                Err(e) => error_response(e),
            }
        })
        .await,
    )
}

/// Protocol 2: one round trip per chunk, bodies gzipped both ways when worth it.
async fn exchange(State(api): State<Arc<Hub>>, headers: HeaderMap, body: Body) -> Response {
    let Some(credential) = bearer(&headers) else {
        return no_store(error_response(not_paired()));
    };
    let body = match read_body(body, MAX_EXCHANGE_BYTES).await {
        Ok(body) => body,
        Err(response) => return no_store(response),
    };
    let gzipped = headers
        .get(header::CONTENT_ENCODING)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.eq_ignore_ascii_case("gzip"));
    let accepts_gzip = headers
        .get(header::ACCEPT_ENCODING)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|e| e.trim().eq_ignore_ascii_case("gzip")));
    no_store(
        blocking(move || {
            match decode_exchange(&body, gzipped)
                .and_then(|request| api.exchange_for_device(&credential, request))
            {
                Ok(answer) => json_answer(&answer, accepts_gzip),
                Err(e) => error_response(e),
            }
        })
        .await,
    )
}

/// A protocol-2 body (gzipped when the request says so) as an [`Exchange`].
pub(crate) fn decode_exchange(body: &[u8], gzipped: bool) -> Result<Exchange, Error> {
    if gzipped {
        match gunzip(body, MAX_EXCHANGE_DECODED_BYTES) {
            Some(json) => quiet_decode(&json),
            None => Err(Error::invalid(
                "The sync request is not valid gzip, or larger than the hub takes. Nothing was stored.",
            )),
        }
    } else {
        quiet_decode(body)
    }
}

/// Decode a sync body without quoting any of it back: a sync carries diary words, and the
/// phone keeps the hub's message as its status line. Only the field's path is named.
pub(crate) fn quiet_decode<Req: serde::de::DeserializeOwned>(body: &[u8]) -> Result<Req, Error> {
    let invalid = |place: String| {
        Error::invalid(format!("The sync request is not valid at \"{place}\". Nothing was stored."))
    };
    let mut json = serde_json::Deserializer::from_slice(body);
    let request = serde_path_to_error::deserialize(&mut json).map_err(|e| invalid(e.path().to_string()))?;
    json.end().map_err(|_| invalid("the end".into()))?;
    Ok(request)
}

/// `body` unzipped, or `None` if it is not gzip or unzips to more than `limit` bytes.
fn gunzip(body: &[u8], limit: usize) -> Option<Vec<u8>> {
    use std::io::Read;
    let mut out = Vec::new();
    let mut reader = flate2::read::GzDecoder::new(body).take(limit as u64 + 1);
    reader.read_to_end(&mut out).ok()?;
    (out.len() <= limit).then_some(out)
}

/// A 200 with `answer` as JSON, gzipped if the client takes it and it is big enough to gain.
fn json_answer(answer: &impl serde::Serialize, gzip: bool) -> Response {
    use std::io::Write;
    let Ok(json) = serde_json::to_vec(answer) else {
        return error_response(Error {
            code: Code::Internal,
            message: "The hub could not write its answer.".into(),
        });
    };
    let mut response = if gzip && json.len() >= COMPRESS_FROM_BYTES {
        let mut encoder =
            flate2::write::GzEncoder::new(Vec::with_capacity(json.len() / 4), flate2::Compression::default());
        let zipped = encoder.write_all(&json).and_then(|()| encoder.finish());
        match zipped {
            Ok(zipped) => {
                let mut response = Response::new(Body::from(zipped));
                response.headers_mut().insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
                response
            }
            Err(_) => Response::new(Body::from(json)),
        }
    } else {
        Response::new(Body::from(json))
    };
    response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
    response
}

fn not_paired() -> Error {
    Error {
        code: Code::Unauthorized,
        message: "This phone is not paired with this hub. Ask your facilitator for a pairing code.".into(),
    }
}

pub(crate) fn bearer(headers: &HeaderMap) -> Option<String> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let token = value.strip_prefix("Bearer ")?.trim();
    (!token.is_empty()).then(|| token.to_string())
}
