//! The `platform-backend` binary: see the library's documentation.

fn main() -> std::process::ExitCode {
    platform_backend::cli_main()
}
