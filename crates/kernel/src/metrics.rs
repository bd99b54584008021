//! The Prometheus recorder, installed once per process.

use metrics_exporter_prometheus::{PrometheusBuilder, PrometheusHandle};
use std::sync::OnceLock;

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
        handle
    })
}
