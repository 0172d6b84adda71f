//! `uniffi-bindgen`: generates Kotlin, Swift and Python from the built `tellsafe-ffi` library
//! (library mode). It lives in the workspace so its uniffi version is the one the library was
//! built with; the PyPI tool of the same name is a different, older program.

fn main() {
    uniffi::uniffi_bindgen_main()
}
