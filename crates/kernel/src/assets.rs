//! Static assets, embedded in the binary and served under content-hashed names, so browsers may
//! cache them for a year and a new release is still picked up at once.

use axum::extract::Path;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};
use std::sync::OnceLock;

struct Asset {
    name: &'static str,
    content_type: &'static str,
    bytes: &'static [u8],
    hashed_name: String,
}

const SOURCES: &[(&str, &str, &[u8])] = &[
    (
        "kansrijk.css",
        "text/css; charset=utf-8",
        include_bytes!("../assets/kansrijk.css"),
    ),
    (
        "favicon.svg",
        "image/svg+xml",
        include_bytes!("../assets/favicon.svg"),
    ),
];

fn assets() -> &'static [Asset] {
    static ASSETS: OnceLock<Vec<Asset>> = OnceLock::new();
    ASSETS.get_or_init(|| {
        SOURCES
            .iter()
            .map(|(name, content_type, bytes)| {
                let hash = hex::encode(&Sha256::digest(bytes)[..6]);
                let (stem, ext) = name.rsplit_once('.').unwrap_or((name, ""));
                Asset {
                    name,
                    content_type,
                    bytes,
                    hashed_name: format!("{stem}.{hash}.{ext}"),
                }
            })
            .collect()
    })
}

/// The public URL of an asset, e.g. `/static/kansrijk.3f2a9c1b0d4e.css`.
pub fn url(name: &str) -> String {
    match assets().iter().find(|a| a.name == name) {
        Some(asset) => format!("/static/{}", asset.hashed_name),
        None => {
            tracing::error!(name, "unknown asset");
            format!("/static/{name}")
        }
    }
}

/// `GET /static/{file}`: only the current hashed names exist.
pub async fn serve(Path(file): Path<String>) -> Response {
    match assets().iter().find(|a| a.hashed_name == file) {
        Some(asset) => (
            [
                (header::CONTENT_TYPE, asset.content_type),
                (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
            ],
            asset.bytes,
        )
            .into_response(),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn asset_urls_carry_a_content_hash() {
        let url = super::url("kansrijk.css");
        assert!(url.starts_with("/static/kansrijk."), "{url}");
        assert!(url.ends_with(".css"));
        assert_eq!(url.len(), "/static/kansrijk..css".len() + 12);
    }
}
