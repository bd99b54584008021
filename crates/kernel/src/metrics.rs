//! The Prometheus recorder, installed once per process.

use metrics_exporter_prometheus::{PrometheusBuilder, PrometheusHandle};
use std::sync::OnceLock;
use std::time::Duration;

const UPKEEP: Duration = Duration::from_secs(5);

pub fn handle() -> &'static PrometheusHandle {
    static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();
    HANDLE.get_or_init(|| {
        let recorder = PrometheusBuilder::new()
            .set_buckets(&[
                0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0,
            ])
            .expect("static buckets")
            .build_recorder();
        let handle = recorder.handle();
        // Tests build several apps in one process: only the first install succeeds, which is fine.
        let _ = metrics::set_global_recorder(recorder);
        // A recorder built without the exporter's own task keeps every histogram sample (every
        // request's duration) until a scrape drains them; an installation that nobody scrapes
        // grew by 8 bytes per request. Folding them into the buckets every 5 s bounds that.
        let upkeep = handle.clone();
        std::thread::Builder::new()
            .name("metrics-upkeep".into())
            .spawn(move || loop {
                std::thread::sleep(UPKEEP);
                upkeep.run_upkeep();
            })
            .map(|_| ())
            .unwrap_or_else(|e| tracing::warn!("no metrics upkeep thread: {e}"));
        handle
    })
}
