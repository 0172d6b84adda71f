//! One running backend plus the HTTP client every backend suite drives it with: signed install
//! calls, staff console calls and the console lookups the suites share. Each suite wraps it in its
//! own `Ctx` (derefs to [`Harness`]) for the calls only that suite makes.

use serde_json::Value;

use crate::{Answer, Backend, Install, nonce, send};

/// A backend binary on loopback and a client for it.
pub struct Harness {
    /// The running backend (stopped on drop).
    pub backend: Backend,
    /// Shared connection pool for every call of the test.
    pub http: reqwest::Client,
}

impl Harness {
    /// Starts `exe` with `args` exactly as given (suites add `--test-hooks` when they need the
    /// clock and fault hooks; the hostile suite runs without them, as production does).
    pub fn start(exe: &str, args: &[&str]) -> Harness {
        Harness {
            backend: Backend::start(exe, args),
            http: reqwest::Client::new(),
        }
    }

    /// Starts `exe` with `--test-hooks` followed by `extra`.
    pub fn with_hooks(exe: &str, extra: &[&str]) -> Harness {
        let mut args = vec!["--test-hooks"];
        args.extend_from_slice(extra);
        Harness::start(exe, &args)
    }

    /// The absolute URL of `path` on this backend.
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.backend.base)
    }

    /// Sends `headers` and `body` as they are (no signing): for malformed and hostile requests.
    pub async fn raw(
        &self,
        method: &str,
        path: &str,
        headers: &[(String, String)],
        body: Option<Vec<u8>>,
    ) -> Answer {
        send(
            &self.http,
            &self.backend.public_key,
            method,
            &self.url(path),
            headers,
            body,
        )
        .await
    }

    /// A request signed by `who`'s install key, with a fresh nonce.
    pub async fn signed(
        &self,
        who: &Install,
        method: &str,
        path: &str,
        body: Option<&[u8]>,
        idem: Option<&str>,
    ) -> Answer {
        let headers = who.headers(method, &self.url(path), body, idem, &nonce());
        self.raw(method, path, &headers, body.map(<[u8]>::to_vec)).await
    }

    /// Registers `who`'s install key (`POST /v1/keys`); the answer is the caller's to check.
    pub async fn register(&self, who: &Install) -> Answer {
        let body = who.registration();
        self.signed(who, "POST", "/v1/keys", Some(&body), None).await
    }

    /// Submits `body` as report `id` (its id is the idempotency key, as the SDK sends it).
    pub async fn submit(&self, who: &Install, id: &uuid::Uuid, body: &[u8]) -> Answer {
        self.signed(who, "POST", "/v1/reports", Some(body), Some(&id.to_string()))
            .await
    }

    /// A console call with a staff bearer token and an optional JSON body.
    pub async fn staff(&self, bearer: &str, method: &str, path: &str, body: Option<Value>) -> Answer {
        let headers = vec![
            ("authorization".to_owned(), bearer.to_owned()),
            ("content-type".to_owned(), "application/json".to_owned()),
        ];
        self.raw(method, path, &headers, body.map(|b| b.to_string().into_bytes()))
            .await
    }

    /// Calls a `--test-hooks` endpoint (`/v1/test/...`: clock, writer pause) and asserts it
    /// succeeded; tests move the backend's clock this way instead of sleeping.
    pub async fn hook(&self, path: &str, body: Value) {
        let resp = self
            .http
            .post(self.url(path))
            .json(&body)
            .send()
            .await
            .expect("test hook reachable");
        assert!(resp.status().is_success(), "test hook {path}: {}", resp.status());
    }

    /// The report-level case id of `report_id` in `bearer`'s console queue (`None` when that
    /// role does not see it).
    pub async fn case_of(&self, bearer: &str, report_id: &uuid::Uuid) -> Option<i64> {
        let queue = self.staff(bearer, "GET", "/v1/console/queue", None).await;
        assert_eq!(queue.status, 200, "console queue: {}", queue.body);
        queue.body["cases"]
            .as_array()?
            .iter()
            .find(|c| c["report_id"] == report_id.to_string())
            .and_then(|c| c["case_id"].as_i64())
    }
}

/// Lets a suite's `Ctx` (which holds a [`Harness`] in `$field`) be used as the harness itself:
/// `harness_deref!(Ctx, harness);` or `harness_deref!(Ctx, 0);` for a tuple struct.
#[macro_export]
macro_rules! harness_deref {
    ($ctx:ty, $field:tt) => {
        impl std::ops::Deref for $ctx {
            type Target = $crate::Harness;
            fn deref(&self) -> &$crate::Harness {
                &self.$field
            }
        }

        impl std::ops::DerefMut for $ctx {
            fn deref_mut(&mut self) -> &mut $crate::Harness {
                &mut self.$field
            }
        }
    };
}
