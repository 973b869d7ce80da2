use std::sync::Arc;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use tower::ServiceExt;
use waymark_api::Api;
use waymark_content::Content;

use super::*;

/// The loopback port these in-process tests pretend to listen on.
const PORT: u16 = 8470;

fn hub(dir: &tempfile::TempDir) -> Router {
    let content = Arc::new(Content::embedded().expect("built-in content is valid"));
    let client = std::net::SocketAddr::from(([127, 0, 0, 1], 50_000));
    router(Arc::new(Hub::new(Api::open(content, &dir.path().join("hub.db")))), PORT)
        .layer(axum::extract::connect_info::MockConnectInfo(client))
}

async fn post(app: &Router, path: &str, body: impl Into<Body>) -> (StatusCode, serde_json::Value) {
    post_as(app, path, body, None).await
}

async fn post_as(
    app: &Router,
    path: &str,
    body: impl Into<Body>,
    cookie: Option<&str>,
) -> (StatusCode, serde_json::Value) {
    let mut request = Request::post(path)
        .header("host", format!("127.0.0.1:{PORT}"))
        .header("content-type", "application/json");
    if let Some(cookie) = cookie {
        request = request.header("cookie", cookie);
    }
    let response = app.clone().oneshot(request.body(body.into()).unwrap()).await.unwrap();
    let status = response.status();
    let cookie = response
        .headers()
        .get("set-cookie")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .map(str::to_string);
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    let mut value = serde_json::from_slice(&bytes).unwrap_or(serde_json::Value::Null);
    if let (Some(cookie), Some(object)) = (cookie, value.as_object_mut()) {
        object.insert("__cookie".into(), cookie.into());
    }
    (status, value)
}

/// A test hub with Sam signed in on its own screen: [`SignedIn::post`] carries his cookie.
struct SignedIn {
    app: Router,
    cookie: String,
    _dir: tempfile::TempDir,
}

impl SignedIn {
    async fn new() -> SignedIn {
        let dir = tempfile::tempdir().unwrap();
        let app = hub(&dir);
        let cookie = signed_in(&app).await;
        SignedIn { app, cookie, _dir: dir }
    }

    async fn post(&self, path: &str, body: &str) -> (StatusCode, serde_json::Value) {
        post_as(&self.app, path, body.to_string(), Some(&self.cookie)).await
    }
}

/// A GET from a browser that names the hub `host`.
async fn get(app: &Router, host: &str, path: &str) -> axum::response::Response {
    let request = Request::get(path).header("host", format!("{host}:{PORT}")).body(Body::empty()).unwrap();
    app.clone().oneshot(request).await.unwrap()
}

async fn json_body(response: axum::response::Response) -> serde_json::Value {
    serde_json::from_slice(&response.into_body().collect().await.unwrap().to_bytes()).unwrap()
}

/// Asserts that `reply` is the API's refusal of bad input, and says `says`.
fn assert_invalid_input(reply: &serde_json::Value, says: &str) {
    assert_eq!(reply["code"], "invalid_input", "{reply}");
    assert!(reply["message"].as_str().unwrap_or_default().contains(says), "{reply}");
}

/// Sign Sam in on the hub's own screen as a participant would (the hub's screen is nobody's):
/// the facilitator's one-time code, then a new PIN. Returns the session cookie.
async fn signed_in(app: &Router) -> String {
    let (_, group) = post(app, "/hub/api/create_group", r#"{"name":"Tuesday group"}"#).await;
    let body = serde_json::json!({"group_id": group["id"], "display_name": "Sam"}).to_string();
    let (_, member) = post(app, "/hub/api/add_member", body).await;
    let body = serde_json::json!({"member_id": member["id"]}).to_string();
    let (_, window) = post(app, "/hub/api/allow_office_pin", body).await;
    let names = json_body(get(app, "127.0.0.1", "/office/v1/names").await).await;
    let handle = names["groups"][0]["members"][0]["handle"].clone();
    let body =
        serde_json::json!({"handle": handle, "code": window["code"], "pin": "2580", "pin_again": "2580"});
    let (status, reply) = post(app, "/office/v1/choose-pin", body.to_string()).await;
    assert_eq!(status, StatusCode::OK, "{reply}");
    reply["__cookie"].as_str().unwrap().to_string()
}

#[tokio::test]
async fn the_hubs_own_screen_is_nobody_until_someone_signs_in() {
    let dir = tempfile::tempdir().unwrap();
    let app = hub(&dir);
    for name in ["complete_step", "add_drink", "list_diary", "list_sessions", "set_goal"] {
        let (status, body) = post(&app, &format!("/api/{name}"), "{}").await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "/api/{name}: {body}");
        assert!(body["message"].as_str().unwrap().contains("Sign in"), "{body}");
    }
    // What the presenter and the sign-in screen need still answers.
    for name in ["status", "ui_strings"] {
        let body = if name == "ui_strings" { r#"{"locale":"en-GB"}"# } else { "{}" };
        let (status, reply) = post(&app, &format!("/api/{name}"), body).await;
        assert_eq!(status, StatusCode::OK, "/api/{name}: {reply}");
    }
    let cookie = signed_in(&app).await;
    let (status, _) = post_as(&app, "/api/list_sessions", r#"{"locale":"en-GB"}"#, Some(&cookie)).await;
    assert_eq!(status, StatusCode::OK);
}

#[tokio::test]
async fn every_api_command_has_a_route() {
    let dir = tempfile::tempdir().unwrap();
    let app = hub(&dir);
    for (name, _, _) in waymark_api::COMMANDS {
        let (status, body) = post(&app, &format!("/api/{name}"), "{}").await;
        let unknown = body["message"].as_str().unwrap_or_default().contains("no command");
        assert!(!unknown, "{name} is not routed: {status} {body}");
    }
}

/// The facilitator boundary as a route table: no facilitator, device or office-auth use-case is
/// reachable as `/api/<name>` (the participant's surface, the same list the Tauri app exposes),
/// and the two lists share no name. (`dispatch` takes an `Api`, which has none of these
/// methods: that part is a compile-time fact.)
#[tokio::test]
async fn api_routes_reach_no_facilitator_device_or_office_auth_use_case() {
    let dir = tempfile::tempdir().unwrap();
    let app = hub(&dir);
    let participant: Vec<&str> = waymark_api::COMMANDS.iter().map(|(name, _, _)| *name).collect();
    let device_and_office = [
        "pair",
        "pair_from",
        "sync_for_device",
        "sync_respond",
        "set_hub_endpoint",
        "office_sign_in",
        "office_choose_pin",
        "office_session",
        "office_sign_out",
        "office_names",
        "participant",
    ];
    let hub_side = waymark_api::HUB_COMMANDS.iter().map(|(name, _, _)| *name).chain(device_and_office);
    for name in hub_side {
        assert!(!participant.contains(&name), "{name} is in the participant's command list");
        let (status, body) = post(&app, &format!("/api/{name}"), "{}").await;
        assert_eq!(status, StatusCode::NOT_FOUND, "/api/{name}: {body}");
        assert!(body["message"].as_str().unwrap_or_default().contains("no command"), "/api/{name}: {body}");
    }
}

#[tokio::test]
async fn unknown_command_is_404_with_a_plain_message() {
    let dir = tempfile::tempdir().unwrap();
    let (status, body) = post(&hub(&dir), "/api/drop_tables", "{}").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(body["code"], "not_found");
}

#[tokio::test]
async fn malformed_and_unexpected_bodies_are_400_and_store_nothing() {
    let sam = SignedIn::new().await;
    for body in ["not json", "{\"session_id\": 5}", "{\"session_id\":\"s01\",\"step_id\":\"x\",\"extra\":1}"]
    {
        let (status, reply) = sam.post("/api/complete_step", body).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{body}: {reply}");
        assert_invalid_input(&reply, "");
    }
    let (_, sessions) = sam.post("/api/list_sessions", r#"{"locale":"en-GB"}"#).await;
    assert_eq!(sessions["sessions"][0]["steps_completed"], 0);
}

#[tokio::test]
async fn bad_requests_are_told_in_plain_words_naming_the_field() {
    let sam = SignedIn::new().await;
    for (body, says) in [
        ("not json", "it is not JSON (line 1, column 2)"),
        ("{\"session_id\":\"s01\"", "it is not JSON"),
        ("{\"session_id\":\"s01\",\"step_id\":\"x\"} x", "there is more after the JSON"),
        (
            "{\"session_id\":\"s01\",\"step_id\":\"x\",\"extra\":1}",
            "a field the hub does not know, \"extra\"",
        ),
        ("{\"session_id\":\"s01\"}", "it needs the field \"step_id\""),
        ("{\"session_id\":5,\"step_id\":\"x\"}", "\"session_id\" should be text, not the number 5"),
    ] {
        let (status, reply) = sam.post("/api/complete_step", body).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{body}: {reply}");
        let message = reply["message"].as_str().unwrap();
        assert!(
            message.starts_with("The request is not valid: ") && message.contains(says),
            "{body}: {message}"
        );
        assert!(!message.contains('`') && !message.contains("expected one of"), "{message}");
    }
    // Nested fields are named by their path.
    let body = r#"{"entry_id":null,"drink":{"drink_type":"beer","volume_ml":"lots"}}"#;
    let (_, reply) = sam.post("/api/add_drink", body).await;
    let message = reply["message"].as_str().unwrap();
    assert!(message.contains("\"drink.volume_ml\" should be"), "{message}");
    let body = r#"{"entry_id":null,"drink":{"drink_type":"beer","colour":1}}"#;
    let (_, reply) = sam.post("/api/add_drink", body).await;
    let message = reply["message"].as_str().unwrap();
    assert!(message.contains("\"drink\" has a field the hub does not know, \"colour\""), "{message}");
}

#[tokio::test]
async fn oversized_body_is_refused_as_json() {
    let dir = tempfile::tempdir().unwrap();
    let big = format!(r#"{{"session_id":"{}","step_id":"x"}}"#, "a".repeat(MAX_BODY_BYTES));
    for path in ["/api/complete_step", "/hub/api/create_group", "/office/v1/sign-in", "/device/v1/pair"] {
        let (status, reply) = post(&hub(&dir), path, big.clone()).await;
        assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE, "{path}");
        assert_invalid_input(&reply, "too large");
    }
}

#[tokio::test]
async fn refusals_below_the_routes_are_json_too() {
    let dir = tempfile::tempdir().unwrap();
    let app = hub(&dir);
    let response = get(&app, "127.0.0.1", "/api/status").await;
    assert_eq!(response.status(), StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(response.headers()["content-type"], "application/json");
    let reply = json_body(response).await;
    assert_invalid_input(&reply, "does not take");
}

#[tokio::test]
async fn audio_path_traversal_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let app = hub(&dir);
    for path in ["/audio/en-GB/..%2F..%2FCargo.toml", "/audio/../manifest.toml", "/audio/en-GB/.hidden"] {
        assert_ne!(get(&app, "localhost", path).await.status(), StatusCode::OK, "{path}");
    }
}

#[tokio::test]
async fn progress_recorded_over_real_http_survives_a_hub_restart() {
    let dir = tempfile::tempdir().unwrap();
    // Sam signs in on the hub's screen; the session is kept in the database like the rest.
    let cookie = signed_in(&hub(&dir)).await;
    let http_post = |addr, path: &'static str, body: String| {
        let cookie = cookie.clone();
        async move { http_post_with(addr, path, &body, &cookie).await }
    };
    let serve = |dir: &tempfile::TempDir| {
        let dir = dir.path().to_path_buf();
        async move {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
            let addr = listener.local_addr().unwrap();
            let content = Arc::new(Content::embedded().expect("built-in content is valid"));
            let app = router(Arc::new(Hub::new(Api::open(content, &dir.join("hub.db")))), addr.port());
            let app = app.into_make_service_with_connect_info::<std::net::SocketAddr>();
            let task = tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
            (addr, task)
        }
    };
    let (addr, task) = serve(&dir).await;
    let list = http_post(addr, "/api/list_sessions", r#"{"locale":"en-GB"}"#.into()).await;
    assert!(list.starts_with("HTTP/1.1 200"), "{list}");
    let step =
        http_post(addr, "/api/get_step", r#"{"locale":"en-GB","session_id":"s01","step_index":0}"#.into())
            .await;
    let step: serde_json::Value = serde_json::from_str(step.split("\r\n\r\n").nth(1).unwrap()).unwrap();
    let complete = format!(r#"{{"session_id":"s01","step_id":{}}}"#, step["step_id"]);
    assert!(http_post(addr, "/api/complete_step", complete).await.starts_with("HTTP/1.1 200"));
    task.abort();
    let _ = task.await;

    let (addr, task) = serve(&dir).await;
    let list = http_post(addr, "/api/list_sessions", r#"{"locale":"en-GB"}"#.into()).await;
    let list: serde_json::Value = serde_json::from_str(list.split("\r\n\r\n").nth(1).unwrap()).unwrap();
    assert_eq!(list["sessions"][0]["steps_completed"], 1);
    assert_eq!(list["sessions"][0]["resume_step"], 1);
    task.abort();
}

/// A plain HTTP/1.1 request over a real socket, so the test exercises the server as a browser does.
async fn http_post_with(addr: std::net::SocketAddr, path: &str, body: &str, cookie: &str) -> String {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    let request = format!(
        "POST {path} HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json\r\nCookie: {cookie}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).await.unwrap();
    response
}
