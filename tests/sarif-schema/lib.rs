//! Empty: this package exists only to download serde-sarif (see Cargo.toml).
