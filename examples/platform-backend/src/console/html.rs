//! Server-rendered console pages. maud escapes every interpolated value.

use axum::Form;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use maud::{DOCTYPE, Markup, html};
use serde_json::Value;
use tellsafe::Category;

use super::{COOKIE, Filters, ReviewerAction, act, detail, queue, reviewer_of, view};
use crate::lifecycle::{Decision, DecisionAction, Ground, Question};
use crate::state::AppState;

/// The HTML routes.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/console", get(index))
        .route("/console/login", post(login))
        .route("/console/cases/{case_id}", get(case_page))
        .route("/console/cases/{case_id}/{action}", post(case_action))
}

fn page(title: &str, body: Markup) -> Response {
    let markup = html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                title { (title) " · TellSafe console" }
                style { "body{font-family:sans-serif;margin:2em;max-width:70em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3em .6em}.demo{background:#fee;padding:.5em;border:1px solid #c00}pre{white-space:pre-wrap;background:#f6f6f6;padding:.5em}" }
            }
            body {
                p.demo { "DEMO: reviewer sign-in uses demo tokens. A real deployment uses the platform's own staff auth." }
                (body)
            }
        }
    };
    let mut response = axum::response::Html(markup.into_string()).into_response();
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response.headers_mut().insert(
        "content-security-policy",
        HeaderValue::from_static("default-src 'none'; style-src 'unsafe-inline'; form-action 'self'"),
    );
    response
}

fn login_page() -> Response {
    page(
        "Sign in",
        html! {
            h1 { "TellSafe console" }
            form method="post" action="/console/login" {
                label { "Reviewer token " input type="password" name="token"; }
                button type="submit" { "Sign in" }
            }
        },
    )
}

#[derive(serde::Deserialize)]
struct Login {
    token: String,
}

async fn login(State(state): State<AppState>, Form(login): Form<Login>) -> Response {
    if !state.reviewers.contains_key(&login.token) {
        return (StatusCode::UNAUTHORIZED, login_page()).into_response();
    }
    let mut response = Redirect::to("/console").into_response();
    if let Ok(value) = HeaderValue::from_str(&format!(
        "{COOKIE}={}; HttpOnly; SameSite=Strict; Path=/",
        login.token
    )) {
        response.headers_mut().insert(header::SET_COOKIE, value);
    }
    response
}

async fn index(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(filters): Query<Filters>,
) -> Response {
    if reviewer_of(&state, &headers).is_none() {
        return login_page();
    }
    let rows = match queue(&state, filters.clone()).await {
        Ok(rows) => rows,
        Err(e) => return (StatusCode::SERVICE_UNAVAILABLE, e.code.code()).into_response(),
    };
    let states = [
        "",
        "received",
        "in_review",
        "needs_info",
        "decided",
        "appealed",
        "closed",
        "revised",
    ];
    let tiers = ["", "urgent", "high", "standard", "low"];
    let cur = |o: &Option<String>| o.clone().unwrap_or_default();
    page(
        "Queue",
        html! {
            h1 { "Queue" }
            form method="get" action="/console" {
                label { "State " select name="state" { @for s in states { option value=(s) selected[cur(&filters.state) == s] { (s) } } } }
                " "
                label { "Category " select name="category" {
                    option value="" { "" }
                    @for c in Category::ALL { option value=(c.code()) selected[cur(&filters.category) == c.code()] { (c.code()) } }
                } }
                " "
                label { "Tier " select name="tier" { @for t in tiers { option value=(t) selected[cur(&filters.tier) == t] { (t) } } } }
                " " button type="submit" { "Filter" }
            }
            table {
                tr { th { "Case" } th { "Priority" } th { "Tier" } th { "Category" } th { "State" } th { "Waiting (s)" } th { "Danger now" } }
                @for row in &rows {
                    tr {
                        td { a href={ "/console/cases/" (row["case_id"]) } { "#" (row["case_id"]) } }
                        td { (row["priority"]) }
                        td { (text(&row["review_tier"])) }
                        td { (text(&row["category"])) }
                        td { (text(&row["state"])) }
                        td { (row["waiting_secs"]) }
                        td { @if row["in_danger_now"].as_bool() == Some(true) { "yes" } }
                    }
                }
            }
        },
    )
}

fn text(v: &Value) -> String {
    v.as_str().map(str::to_owned).unwrap_or_else(|| v.to_string())
}

async fn case_page(State(state): State<AppState>, headers: HeaderMap, Path(case_id): Path<i64>) -> Response {
    let Some(who) = reviewer_of(&state, &headers) else {
        return login_page();
    };
    let case = match view(&state, who, case_id).await {
        Ok(case) => case,
        Err(e) => {
            return (
                StatusCode::from_u16(e.code.http_status()).unwrap_or(StatusCode::NOT_FOUND),
                e.code.code(),
            )
                .into_response();
        }
    };
    let d = detail(&case, state.clock.now(), state.config.appeal_window_millis);
    let report = serde_json::to_string_pretty(&d["report"]).unwrap_or_default();
    let base = format!("/console/cases/{case_id}");
    page(
        "Case",
        html! {
            p { a href="/console" { "← Queue" } }
            h1 { "Case #" (case_id) }
            table {
                tr { th { "State" } td { (text(&d["status"]["state"])) } }
                tr { th { "Child sees" } td { (text(&d["status"]["child_status"])) } }
                tr { th { "Category" } td { (case.category) } }
                tr { th { "Age band" } td { (case.age_band) } }
                tr { th { "Priority / tier" } td { (case.priority) " / " (case.tier) } }
                tr { th { "Hold active" } td { (case.hold_active) } }
            }
            h2 { "Report" }
            pre { (report) }
            h2 { "History" }
            ol { @for (at, actor, event) in &case.events { li { (at.to_rfc3339()) " — " (actor) " — " (event.code()) } } }
            h2 { "Actions" }
            form method="post" action={ (base) "/start-review" } { button { "Start review" } }
            h3 { "Ask a structured question" }
            form method="post" action={ (base) "/question" } {
                label { "Question id " input name="question_id" required; } " "
                label { "Option ids (comma separated) " input name="options" required; } " "
                button { "Ask" }
            }
            @for (label, path) in [("Decide", "decide"), ("Revise (after closing)", "revise")] {
                h3 { (label) }
                form method="post" action={ (base) "/" (path) } {
                    fieldset { legend { "Actions" }
                        @for a in DecisionAction::ALL { label { input type="checkbox" name="action" value=(a.code()); " " (a.code()) } " " }
                    }
                    p { label { "Ground " select name="ground_kind" { option value="terms" { "terms clause" } option value="illegal" { "illegal content (legal ground)" } } }
                        " " label { "Clause or legal ground " input name="ground" required; } }
                    p { label { "Explanation (facts and circumstances) " textarea name="explanation" required {} } }
                    p { label { input type="checkbox" name="automated_detection" value="true"; " automated detection" } " "
                        label { input type="checkbox" name="automated_decision" value="true"; " automated decision" } " "
                        label { input type="checkbox" name="keep_hold" value="true"; " keep preservation hold" } }
                    p { label { "Content type " input name="content_type" value="text" required; } " "
                        label { "Territorial scope " input name="territorial_scope" value="worldwide" required; } }
                    button { (label) }
                }
            }
        },
    )
}

fn decision_from_form(fields: &[(String, String)]) -> Option<Decision> {
    let get = |name: &str| fields.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone());
    let actions = fields
        .iter()
        .filter(|(k, _)| k == "action")
        .map(|(_, v)| DecisionAction::ALL.into_iter().find(|a| a.code() == v))
        .collect::<Option<Vec<_>>>()?;
    let ground_text = get("ground")?;
    let ground = match get("ground_kind")?.as_str() {
        "illegal" => Ground::Illegal {
            legal_ground: ground_text,
        },
        _ => Ground::Terms { clause: ground_text },
    };
    Some(Decision {
        actions,
        ground,
        explanation: get("explanation")?,
        automated_detection: get("automated_detection").is_some(),
        automated_decision: get("automated_decision").is_some(),
        content_type: get("content_type")?,
        territorial_scope: get("territorial_scope")?,
        keep_hold: get("keep_hold").is_some(),
    })
}

async fn case_action(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path((case_id, action)): Path<(i64, String)>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    let Some(who) = reviewer_of(&state, &headers) else {
        return login_page();
    };
    let get = |name: &str| fields.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone());
    let action = match action.as_str() {
        "start-review" => Some(ReviewerAction::StartReview),
        "decide" => decision_from_form(&fields).map(ReviewerAction::Decide),
        "revise" => decision_from_form(&fields).map(ReviewerAction::Revise),
        "question" => get("question_id")
            .zip(get("options"))
            .map(|(question_id, options)| {
                ReviewerAction::Ask(Question {
                    question_id,
                    options: options.split(',').map(|o| o.trim().to_owned()).collect(),
                })
            }),
        _ => None,
    };
    let Some(action) = action else {
        return (StatusCode::UNPROCESSABLE_ENTITY, "schema_invalid").into_response();
    };
    match act(&state, who, case_id, action).await {
        Ok(_) => Redirect::to(&format!("/console/cases/{case_id}")).into_response(),
        Err(e) => (
            StatusCode::from_u16(e.code.http_status()).unwrap_or(StatusCode::CONFLICT),
            e.code.code(),
        )
            .into_response(),
    }
}
