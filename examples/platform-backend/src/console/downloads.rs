//! Console downloads: a case's standard exports and the period's transparency statistics,
//! plus the evidence view log that feeds NCMEC's `fileViewedByEsp`.
//!
//! Every export is recorded in the audit log (format only). Reviewer auth as elsewhere in the
//! console (bearer token or the console cookie).

use axum::Router;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use maud::{Markup, html};
use tellsafe::intake::export::stats::Period;

use super::reviewer_of;
use crate::exports::{self, ExportFailure, ExportKind, ExportSettings};
use crate::http::ApiPath;
use crate::state::AppState;
use crate::stats::{self, StatsFormat};

/// The download routes.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/console/cases/{case_id}/export/{kind}", get(export))
        .route("/console/stats", get(statistics))
        .route(
            "/v1/console/cases/{case_id}/evidence/{index}/viewed",
            post(evidence_viewed),
        )
}

/// The case page's download buttons.
pub fn export_buttons(case_id: i64) -> Markup {
    html! {
        h2 { "Exports" }
        p { @for kind in [ExportKind::Dsa, ExportKind::AffectedUser, ExportKind::Ncmec, ExportKind::Atproto] {
            a href={ "/console/cases/" (case_id) "/export/" (kind.code()) } download { "Download " (kind.code()) } " · "
        } }
    }
}

/// The queue page's statistics links (this and the previous calendar month, JSON and CSV).
pub fn stats_links(now: tellsafe::Timestamp) -> Markup {
    let month = now.to_rfc3339().chars().take(7).collect::<String>();
    html! {
        h2 { "Transparency statistics" }
        p { "Period " (month) ": "
            a href={ "/console/stats?period=" (month) "&format=json" } download { "JSON" } " · "
            a href={ "/console/stats?period=" (month) "&format=csv" } download { "CSV" } }
    }
}

fn attachment(name: &str, content_type: &'static str, body: String) -> Response {
    let mut response = (StatusCode::OK, body).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    if let Ok(value) = HeaderValue::from_str(&format!("attachment; filename=\"{name}\"")) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    response
}

fn failure_status(failure: &ExportFailure) -> StatusCode {
    match failure {
        ExportFailure::NotFound => StatusCode::NOT_FOUND,
        ExportFailure::Deleted => StatusCode::GONE,
        ExportFailure::Store(_) => StatusCode::SERVICE_UNAVAILABLE,
        _ => StatusCode::UNPROCESSABLE_ENTITY,
    }
}

async fn export(
    State(state): State<AppState>,
    headers: HeaderMap,
    ApiPath((case_id, kind)): ApiPath<(i64, String)>,
) -> Response {
    let Some(reviewer) = reviewer_of(&state, &headers) else {
        return StatusCode::UNAUTHORIZED.into_response();
    };
    let Ok(kind) = serde_json::from_value::<ExportKind>(serde_json::Value::String(kind)) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let now = state.clock.now();
    let role = state.governance.roster.role_of(&reviewer);
    let result = state
        .writer
        .write(move |conn| {
            if !crate::roles::may_see_case(conn, role, case_id)? {
                return Ok(Err(ExportFailure::NotFound));
            }
            let rendered = exports::load(conn, case_id)
                .and_then(|loaded| exports::render(kind, &loaded, &ExportSettings::default()));
            if rendered.is_ok() {
                exports::record_export(conn, case_id, kind, &format!("reviewer:{reviewer}"), now)?;
            }
            Ok(rendered)
        })
        .await;
    match result {
        Ok(Ok(rendered)) => {
            let ext = if rendered.content_type == "application/xml" {
                "xml"
            } else {
                "json"
            };
            attachment(
                &format!("case-{case_id}-{}.{ext}", kind.code()),
                rendered.content_type,
                rendered.body,
            )
        }
        Ok(Err(failure)) => (failure_status(&failure), failure.to_string()).into_response(),
        Err(error) => {
            tracing::error!(%error, "export failed");
            StatusCode::SERVICE_UNAVAILABLE.into_response()
        }
    }
}

#[derive(serde::Deserialize)]
struct StatsQuery {
    period: String,
    #[serde(default)]
    format: StatsFormat,
}

async fn statistics(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(q): Query<StatsQuery>,
) -> Response {
    if reviewer_of(&state, &headers).is_none() {
        return StatusCode::UNAUTHORIZED.into_response();
    }
    let Ok(period) = q.period.parse::<Period>() else {
        return (StatusCode::BAD_REQUEST, "period must be YYYY-MM or YYYY-Qn").into_response();
    };
    let format = q.format;
    // Refusals counted in memory since the last tick go in first, so the figures are current.
    if let Err(error) = state.intake_tally.flush(&state.writer).await {
        tracing::warn!(%error, "intake counts flush failed");
    }
    let result = state
        .readers
        .read(move |conn| {
            Ok(
                stats::compute(conn, period, tellsafe::intake::export::stats::DEFAULT_K)
                    .and_then(|s| stats::render(&s, format)),
            )
        })
        .await;
    match result {
        Ok(Ok(body)) => {
            let (ext, content_type) = match format {
                StatsFormat::Json => ("json", "application/json"),
                StatsFormat::Csv => ("csv", "text/csv"),
            };
            attachment(&format!("transparency-{period}.{ext}"), content_type, body)
        }
        Ok(Err(error)) => (StatusCode::UNPROCESSABLE_ENTITY, error.to_string()).into_response(),
        Err(error) => {
            tracing::error!(%error, "stats failed");
            StatusCode::SERVICE_UNAVAILABLE.into_response()
        }
    }
}

async fn evidence_viewed(
    State(state): State<AppState>,
    headers: HeaderMap,
    ApiPath((case_id, index)): ApiPath<(i64, usize)>,
) -> Response {
    let Some(reviewer) = reviewer_of(&state, &headers) else {
        return StatusCode::UNAUTHORIZED.into_response();
    };
    let now = state.clock.now();
    let role = state.governance.roster.role_of(&reviewer);
    let result = state
        .writer
        .write(move |conn| {
            if !crate::roles::may_see_case(conn, role, case_id)? {
                return Ok(Err(StatusCode::NOT_FOUND));
            }
            let Some(case) = crate::case_history::load_by_case(conn, case_id)? else {
                return Ok(Err(StatusCode::NOT_FOUND));
            };
            let evidence = case
                .body
                .as_deref()
                .and_then(|b| tellsafe::report::Report::from_json(b).ok())
                .map(|r| r.evidence().len())
                .unwrap_or(0);
            if index >= evidence {
                return Ok(Err(StatusCode::NOT_FOUND));
            }
            exports::record_view(conn, case_id, index, &format!("reviewer:{reviewer}"), now)?;
            Ok(Ok(()))
        })
        .await;
    match result {
        Ok(Ok(())) => StatusCode::NO_CONTENT.into_response(),
        Ok(Err(status)) => status.into_response(),
        Err(error) => {
            tracing::error!(%error, "view log failed");
            StatusCode::SERVICE_UNAVAILABLE.into_response()
        }
    }
}
