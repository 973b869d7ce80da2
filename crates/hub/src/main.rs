//! `waymark-hub`: the headless office hub.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

use anyhow::{Context, bail};

const USAGE: &str = "usage: waymark-hub [--bind ADDR] [--port N] [--data-dir DIR]

  --bind ADDR     address to listen on (default 127.0.0.1; use 0.0.0.0 for the office LAN)
  --port N        port (default 8470; 0 picks a free one)
  --data-dir DIR  where the hub keeps hub.db (default ./waymark-hub-data)";

struct Options {
    bind: String,
    port: u16,
    data_dir: PathBuf,
}

fn parse(args: &[String]) -> anyhow::Result<Options> {
    let mut options =
        Options { bind: "127.0.0.1".into(), port: 8470, data_dir: PathBuf::from("waymark-hub-data") };
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let mut value = || it.next().with_context(|| format!("{arg} needs a value\n\n{USAGE}"));
        match arg.as_str() {
            "--bind" => options.bind = value()?.clone(),
            "--port" => options.port = value()?.parse().context("--port must be a number from 0 to 65535")?,
            "--data-dir" => options.data_dir = PathBuf::from(value()?),
            "-h" | "--help" => {
                println!("{USAGE}");
                std::process::exit(0);
            }
            other => bail!("unknown option {other:?}\n\n{USAGE}"),
        }
    }
    Ok(options)
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let options = parse(&args)?;
    let content =
        waymark_content::Content::embedded().context("the built-in programme content is not valid")?;
    let db_path = options.data_dir.join("hub.db");
    let api = waymark_api::Api::open(Arc::new(content), &db_path);
    if let waymark_api::DatabaseStatus::Unavailable { reason, .. } = api.status(Default::default())?.database
    {
        eprintln!("warning: {}: {reason}. The file was not changed; the UI will explain.", db_path.display());
    }
    let addr: SocketAddr =
        format!("{}:{}", options.bind, options.port).parse().context("--bind is not an IP address")?;
    let listener =
        tokio::net::TcpListener::bind(addr).await.with_context(|| format!("cannot listen on {addr}"))?;
    println!("Waymark hub listening on http://{}", listener.local_addr()?);
    axum::serve(listener, waymark_hub::router(Arc::new(api)))
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await?;
    Ok(())
}
