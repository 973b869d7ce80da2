//! Office sign-in routes, on both listeners (see `waymark_api::office` for the decisions):
//! `GET /office/v1/status`, `GET /office/v1/names`, `POST /office/v1/sign-in`,
//! `POST /office/v1/choose-pin`, `POST /office/v1/sign-out`; and [`participant_call`], which
//! runs `/api/<name>` for whoever the session cookie names.

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::extract::{ConnectInfo, Path, State};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{MethodFilter, get, on, post};
use waymark_api::{
    Code, Error, Hub, OfficeChoosePinRequest, OfficeSignInRequest, OfficeSignedIn, OfficeStatus,
};

use crate::{MAX_BODY_BYTES, blocking, error_response, handle, read_body};

/// The session cookie. HttpOnly (no script reads it), SameSite=Strict (no other site's page
/// sends it), Secure on HTTPS.
pub const COOKIE: &str = "waymark_office";

/// Calls that work on the office network before anyone signs in: what the sign-in screen needs.
const OPEN_CALLS: &[&str] = &["status", "ui_strings"];

/// Which listener a request came in on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Listener {
    /// The hub's own screen (loopback HTTP): without a session it is the presenter's screen.
    Loopback,
    /// Office computers on the LAN (HTTPS): nothing of anyone's until they sign in.
    Lan,
}

pub(crate) fn routes(listener: Listener) -> Router<Arc<Hub>> {
    Router::new()
        .route("/office/v1/status", cookie_route(MethodFilter::GET, listener, status))
        .route(
            "/office/v1/names",
            get(|State(api): State<Arc<Hub>>| async move {
                blocking(move || no_store(json(api.office_names()))).await
            }),
        )
        .route(
            "/office/v1/sign-in",
            pin_route(listener, |api, client, request: OfficeSignInRequest| {
                api.office_sign_in(client, request)
            }),
        )
        .route(
            "/office/v1/choose-pin",
            pin_route(listener, |api, client, request: OfficeChoosePinRequest| {
                api.office_choose_pin(client, request)
            }),
        )
        .route("/office/v1/sign-out", cookie_route(MethodFilter::POST, listener, sign_out))
        .route(
            "/api/{name}",
            post(
                move |State(api): State<Arc<Hub>>,
                      headers: HeaderMap,
                      Path(name): Path<String>,
                      body: Body| async move {
                    let body = match read_body(body, MAX_BODY_BYTES).await {
                        Ok(body) => body,
                        Err(refused) => return no_store(refused),
                    };
                    blocking(move || participant_call(&api, &headers, &name, &body)).await
                },
            ),
        )
}

/// A route that answers from the session cookie alone (status, sign-out).
fn cookie_route(
    method: MethodFilter,
    listener: Listener,
    f: fn(&Hub, &HeaderMap, Listener) -> Response,
) -> axum::routing::MethodRouter<Arc<Hub>> {
    on(method, move |State(api): State<Arc<Hub>>, headers: HeaderMap| async move {
        blocking(move || f(&api, &headers, listener)).await
    })
}

/// A route that signs someone in (with a PIN, or by choosing one) and sets the session cookie.
/// The client's address counts its tries (`waymark_api::limits`).
fn pin_route<Req: serde::de::DeserializeOwned + 'static>(
    listener: Listener,
    f: fn(&Hub, IpAddr, Req) -> Result<OfficeSignedIn, Error>,
) -> axum::routing::MethodRouter<Arc<Hub>> {
    post(
        move |State(api): State<Arc<Hub>>, ConnectInfo(client): ConnectInfo<SocketAddr>, body: Body| async move {
            let body = match read_body(body, MAX_BODY_BYTES).await {
                Ok(body) => body,
                Err(refused) => return no_store(refused),
            };
            blocking(move || signed_in(&body, listener, |request: Req| f(&api, client.ip(), request))).await
        },
    )
}

/// `/api/<name>`: with a live session cookie, as that participant; with a cookie that is no
/// longer live, refused (so a timed-out office screen never shows or writes anyone else's
/// record); without one, refused on both listeners except for [`OPEN_CALLS`] (which read only
/// content). The hub's own screen is the facilitator's: a participant using that machine signs
/// in like on any office computer, and nothing is written for a participant that is nobody.
pub(crate) fn participant_call(api: &Hub, headers: &HeaderMap, name: &str, body: &[u8]) -> Response {
    if !waymark_api::COMMANDS.iter().any(|(known, _, _)| *known == name) {
        return no_store(error_response(Error::not_found(format!("There is no command called {name:?}."))));
    }
    let response = match session_token(headers) {
        Some(token) => match api.office_session(&token) {
            Ok(Some((_, participant))) => crate::dispatch(&api.participant(&participant), name, body),
            Ok(None) => error_response(signed_out()),
            Err(e) => error_response(e),
        },
        // Nobody signed in: only the calls that show no one's data (the hub's own screen is the
        // facilitator's, not a person's; issue 10 point 7).
        None if !OPEN_CALLS.contains(&name) => error_response(Error {
            code: Code::Unauthorized,
            message: "Sign in with your name and PIN first.".into(),
        }),
        None => crate::dispatch(api.own(), name, body),
    };
    no_store(response)
}

fn status(api: &Hub, headers: &HeaderMap, listener: Listener) -> Response {
    let signed_in = match session_token(headers).map(|t| api.office_session(&t)).transpose() {
        Ok(session) => session.flatten().map(|(view, _)| view),
        Err(e) => return error_response(e),
    };
    no_store(json(Ok(OfficeStatus { signed_in, sign_in_required: listener == Listener::Lan })))
}

fn signed_in<Req: serde::de::DeserializeOwned>(
    body: &[u8],
    listener: Listener,
    f: impl FnOnce(Req) -> Result<OfficeSignedIn, Error>,
) -> Response {
    let mut token = None;
    let mut response = handle(body, |request: Req| {
        f(request).map(|done| {
            token = Some(done.token);
            done.view
        })
    });
    if let Some(token) = token {
        let secure = if listener == Listener::Lan { "; Secure" } else { "" };
        let cookie = format!("{COOKIE}={token}; Path=/; HttpOnly; SameSite=Strict{secure}");
        if let Ok(value) = HeaderValue::from_str(&cookie) {
            response.headers_mut().append(header::SET_COOKIE, value);
        }
    }
    no_store(response)
}

fn sign_out(api: &Hub, headers: &HeaderMap, listener: Listener) -> Response {
    if let Some(token) = session_token(headers)
        && let Err(e) = api.office_sign_out(&token)
    {
        return error_response(e);
    }
    let mut response = json(Ok(serde_json::json!({ "signed_out": true })));
    let secure = if listener == Listener::Lan { "; Secure" } else { "" };
    let expired = format!("{COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0{secure}");
    if let Ok(value) = HeaderValue::from_str(&expired) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    // Ask the browser to drop everything this origin left: cookies, storage, cached responses.
    response.headers_mut().insert(
        axum::http::HeaderName::from_static("clear-site-data"),
        HeaderValue::from_static("\"cache\", \"cookies\", \"storage\""),
    );
    no_store(response)
}

fn signed_out() -> Error {
    Error { code: Code::Unauthorized, message: "You were signed out. Sign in again with your PIN.".into() }
}

fn json<T: serde::Serialize>(result: Result<T, Error>) -> Response {
    match result {
        Ok(value) => axum::Json(value).into_response(),
        Err(e) => error_response(e),
    }
}

/// Nothing a participant sees may be kept by the browser's cache.
pub(crate) fn no_store(mut response: Response) -> Response {
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// Whether the request carries an office session cookie (live or not).
pub(crate) fn has_session_cookie(headers: &HeaderMap) -> bool {
    session_token(headers).is_some()
}

/// The session token from the `Cookie` header, if there is one.
pub(crate) fn session_token(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, value)| *name == COOKIE && !value.is_empty())
        .map(|(_, value)| value.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_session_cookie_is_found_among_others() {
        let mut headers = HeaderMap::new();
        assert_eq!(session_token(&headers), None);
        headers.insert(header::COOKIE, HeaderValue::from_static("a=1; waymark_office=tok-en_1; b=2"));
        assert_eq!(session_token(&headers).as_deref(), Some("tok-en_1"));
        headers.insert(header::COOKIE, HeaderValue::from_static("waymark_office=; x_waymark_office=no"));
        assert_eq!(session_token(&headers), None);
    }
}
