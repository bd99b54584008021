//! The programme's jobs: none. The plan and its approaches change only when a coordinator edits
//! them or the seed is applied; nothing happens later on its own. The registry exists so the
//! programme has the same rooms as every feature.

use kansrijk_kernel::jobs::Registry;

pub fn registry() -> Registry {
    Registry::new()
}
