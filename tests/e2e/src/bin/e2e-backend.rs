//! The platform backend, built inside this crate so its tests get `CARGO_BIN_EXE_e2e-backend`
//! (cargo only provides binary paths to tests of the same package). Same code as
//! `platform-backend`'s binary: both call `platform_backend::cli_main()`.

fn main() -> std::process::ExitCode {
    platform_backend::cli_main()
}
