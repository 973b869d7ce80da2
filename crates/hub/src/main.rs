//! `waymark-hub`: the headless office hub.

use std::path::PathBuf;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(options) = waymark_hub::parse_options(&args, PathBuf::from("waymark-hub-data"))? else {
        println!("{}", waymark_hub::USAGE);
        return Ok(());
    };
    let hub = waymark_hub::open_and_start(&options).await?;
    waymark_hub::print_addresses(&hub);
    let _ = tokio::signal::ctrl_c().await;
    hub.shutdown().await;
    Ok(())
}
