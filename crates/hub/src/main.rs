//! `waymark-hub`: the headless office hub.

use std::net::IpAddr;
use std::path::PathBuf;
use std::sync::Arc;

use anyhow::{Context, bail};
use waymark_hub::HubOptions;

const USAGE: &str =
    "usage: waymark-hub [--bind ADDR] [--port N] [--tls-port N] [--advertise HOST] [--data-dir DIR]

  --bind ADDR       address of the HTTPS listener for phones (default 127.0.0.1; 0.0.0.0 for the office LAN)
  --port N          port of the plain-HTTP listener, always on 127.0.0.1, for this machine's
                    browser (default 8470; 0 picks a free one)
  --tls-port N      port of the HTTPS listener (default 8471; 0 picks a free one)
  --advertise HOST  host name or address phones should use (default: --bind, or this machine's LAN address)
  --data-dir DIR    where the hub keeps hub.db and tls/ (default ./waymark-hub-data)";

fn parse(args: &[String]) -> anyhow::Result<HubOptions> {
    let mut options = HubOptions {
        bind: IpAddr::from([127, 0, 0, 1]),
        port: 8470,
        tls_port: 8471,
        advertise: None,
        data_dir: PathBuf::from("waymark-hub-data"),
    };
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let mut value = || it.next().with_context(|| format!("{arg} needs a value\n\n{USAGE}"));
        match arg.as_str() {
            "--bind" => options.bind = value()?.parse().context("--bind must be an IP address")?,
            "--port" => options.port = value()?.parse().context("--port must be a number from 0 to 65535")?,
            "--tls-port" => {
                options.tls_port = value()?.parse().context("--tls-port must be a number from 0 to 65535")?;
            }
            "--advertise" => options.advertise = Some(value()?.clone()),
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
    let api = Arc::new(waymark_api::Api::open(Arc::new(content), &db_path));
    if let waymark_api::DatabaseStatus::Unavailable { reason, .. } = api.status(Default::default())?.database
    {
        eprintln!("warning: {}: {reason}. The file was not changed; the UI will explain.", db_path.display());
    }
    let hub = waymark_hub::start(api, &options).await?;
    println!("Waymark hub listening on http://{}", hub.http);
    println!("Waymark hub devices: https://{} fingerprint {}", hub.https, hub.endpoint.fingerprint);
    if hub.https.ip().is_unspecified() {
        println!("Phones are told to use https://{}", hub.endpoint.address);
    }
    let _ = tokio::signal::ctrl_c().await;
    hub.shutdown().await;
    Ok(())
}
