//! The programme's demo data: none beyond the seed. The plan Kansrijk Liendert and its core
//! approach "Liendert voor iedereen" are real content, not demo content: [`crate::seed`] applies
//! them to every installation (`seed/liendert.toml`), demo or not. The other core approaches of
//! the plan are left for a coordinator to add: their names are not in the source material, and
//! a demo does not invent them.
