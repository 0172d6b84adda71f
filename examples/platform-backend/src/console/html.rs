//! Server-rendered console pages. maud escapes every interpolated value.

use axum::Form;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use maud::{DOCTYPE, Markup, html};
use serde_json::{Value, json};
use tellsafe::Category;
use tellsafe::status::Action;

use super::{COOKIE, Filters, ReviewerAction, act, detail, queue, reviewer_of, view};
use crate::case_history::{DecideRequest, QuestionRequest, ReviseRequest};
use crate::state::AppState;

/// The HTML routes.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/console", get(index))
        .route("/console/login", post(login))
        .route("/console/cases/{case_id}", get(case_page))
        .route("/console/cases/{case_id}/{action}", post(case_action))
        .merge(ops_routes())
}

/// Trust-and-safety operations pages: linked cases and SLA figures.
fn ops_routes() -> Router<AppState> {
    Router::new()
        .route("/console/linked-cases", get(linked_index))
        .route("/console/linked-cases/{id}", get(linked_page))
        .route("/console/sla", get(sla_page))
}

fn ops_nav() -> Markup {
    html! { p { a href="/console" { "Report queue" } " · " a href="/console/linked-cases" { "Linked cases" } " · " a href="/console/sla" { "SLA" } } }
}

async fn ops_job<T, F>(state: &AppState, job: F) -> Result<T, Response>
where
    T: Send + 'static,
    F: FnOnce(&rusqlite::Connection) -> Result<T, crate::db::StoreError> + Send + 'static,
{
    match state.writer.write(move |conn| Ok(Ok::<T, ()>(job(conn)?))).await {
        Ok(Ok(value)) => Ok(value),
        _ => Err((StatusCode::SERVICE_UNAVAILABLE, "unavailable").into_response()),
    }
}

async fn linked_index(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let Some(who) = reviewer_of(&state, &headers) else {
        return login_page();
    };
    let role = state.governance.roster.role_of(&who);
    let now = state.clock.now().unix_millis();
    let rows = match ops_job(&state, move |conn| {
        crate::sla::sweep(conn, now)?;
        crate::linked_cases::queue_for(conn, role, now)
    })
    .await
    {
        Ok(rows) => rows,
        Err(response) => return response,
    };
    page(
        "Linked cases",
        html! {
            (ops_nav())
            h1 { "Linked cases" }
            p { "Reports linked by subject, victim, conversation and content hash. Rank is priority plus waiting time." }
            table {
                tr { th { "Case" } th { "Rank" } th { "Priority" } th { "Floor" } th { "Reports" } th { "Reporters" } th { "Awaiting look" } th { "Due" } th { "Flags" } th { "Categories" } }
                @for row in &rows {
                    tr {
                        td { a href={ "/console/linked-cases/" (row["linked_case_id"]) } { "#" (row["linked_case_id"]) } }
                        td { (row["rank"]) }
                        td { (row["priority"]) }
                        td { (text(&row["floor"])) }
                        td { (row["reports"]) }
                        td { (row["independent_reporters"]) }
                        td { (row["awaiting_first_look"]) }
                        td { (text(&row["first_look_due"])) @if row["overdue"].as_bool() == Some(true) { strong { " OVERDUE" } } }
                        td { (row["flags"]) }
                        td { @for c in row["categories"].as_array().into_iter().flatten() { (text(c)) " " } }
                    }
                }
            }
        },
    )
}

async fn linked_page(State(state): State<AppState>, headers: HeaderMap, Path(id): Path<i64>) -> Response {
    let Some(who) = reviewer_of(&state, &headers) else {
        return login_page();
    };
    let role = state.governance.roster.role_of(&who);
    let now = state.clock.now().unix_millis();
    let d = match ops_job(&state, move |conn| {
        crate::linked_cases::open_as(conn, id, &who, role, now)
    })
    .await
    {
        Ok(Some(d)) => d,
        Ok(None) => return (StatusCode::NOT_FOUND, "not_found").into_response(),
        Err(response) => return response,
    };
    let score = &d["score"];
    page(
        "Linked case",
        html! {
            (ops_nav())
            h1 { "Linked case #" (d["linked_case_id"]) }
            table {
                tr { th { "Priority" } td { (score["priority"]) } }
                tr { th { "Rank (with waiting)" } td { (score["rank"]) } }
                tr { th { "Floor" } td { (text(&score["floor"])) } }
                tr { th { "Independent reporters" } td { (score["independent_reporters"]) } }
            }
            h2 { "Why this priority" }
            table {
                tr { th { "Reason" } th { "Points" } th { "Applied" } }
                @for c in score["reasons"].as_array().into_iter().flatten() {
                    tr { td { (text(&c["reason"])) } td { (c["points"]) } td { @if c["applied"].as_bool() == Some(true) { "yes" } @else { "shown, not applied" } } }
                }
            }
            h2 { "Subject flags (for judgement; never an action by themselves)" }
            ul { @for f in d["flags"].as_array().into_iter().flatten() { li { (text(&f["flag"])) " — " (text(&f["raised_at"])) " " (f["detail"]) } } }
            h2 { "Reports" }
            table {
                tr { th { "Report case" } th { "Category" } th { "Age band" } th { "Danger now" } th { "State" } th { "SLA" } th { "Due" } th { "First look" } th { "Decided" } th { "Linked by" } th { "Reporter reliability (category)" } }
                @for r in d["reports"].as_array().into_iter().flatten() {
                    tr {
                        td { a href={ "/console/cases/" (r["case_id"]) } { "#" (r["case_id"]) } }
                        td { (text(&r["category"])) }
                        td { (text(&r["age_band"])) }
                        td { @if r["in_danger_now"].as_bool() == Some(true) { "yes" } }
                        td { (text(&r["state"])) }
                        td { (text(&r["sla"])) " " (text(&r["review_tier"])) @if r["breached"].as_bool() == Some(true) { strong { " BREACHED" } } }
                        td { (text(&r["first_look_due"])) }
                        td { (text(&r["first_look_at"])) }
                        td { (text(&r["decided_at"])) }
                        td { @for k in r["linked_by"].as_array().into_iter().flatten() { (text(k)) " " } }
                        td {
                            (r["reporter_reliability"]["upheld"]) "/" (r["reporter_reliability"]["decided"]) " upheld"
                            @if r["reporter_reliability"]["applied"].as_bool() != Some(true) { " (never applied to this category)" }
                        }
                    }
                }
            }
        },
    )
}

fn millis_text(v: &Value) -> String {
    v.as_i64()
        .map_or_else(|| "—".to_owned(), |ms| format!("{:.1} min", ms as f64 / 60_000.0))
}

async fn sla_page(State(state): State<AppState>, headers: HeaderMap) -> Response {
    if reviewer_of(&state, &headers).is_none() {
        return login_page();
    }
    let now = state.clock.now().unix_millis();
    let stats = match ops_job(&state, move |conn| {
        crate::sla::sweep(conn, now)?;
        crate::sla::stats(conn, now)
    })
    .await
    {
        Ok(stats) => stats,
        Err(response) => return response,
    };
    page(
        "SLA",
        html! {
            (ops_nav())
            h1 { "SLA by tier" }
            table {
                tr { th { "Tier" } th { "First-look target" } th { "Reports" } th { "Awaiting" } th { "Overdue" } th { "Breached" }
                     th { "First look p50" } th { "p95" } th { "Decision p50" } th { "p95" } }
                @for t in stats["tiers"].as_array().into_iter().flatten() {
                    tr {
                        td { (text(&t["sla"])) " " (text(&t["tier"])) }
                        td { (millis_text(&t["first_look_target_ms"])) }
                        td { (t["reports"]) }
                        td { (t["awaiting_first_look"]) }
                        td { (t["overdue"]) }
                        td { (t["breached"]) }
                        td { (millis_text(&t["first_look_ms"]["p50"])) }
                        td { (millis_text(&t["first_look_ms"]["p95"])) }
                        td { (millis_text(&t["decision_ms"]["p50"])) }
                        td { (millis_text(&t["decision_ms"]["p95"])) }
                    }
                }
            }
        },
    )
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
    let Some(who) = reviewer_of(&state, &headers) else {
        return login_page();
    };
    let rows = match queue(&state, &who, filters.clone()).await {
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
    let tiers = ["", "immediate", "urgent", "high", "standard"];
    let cur = |o: &Option<String>| o.clone().unwrap_or_default();
    page(
        "Queue",
        html! {
            (ops_nav())
            h1 { "Queue" }
            (super::downloads::stats_links(state.clock.now()))
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
    let d = detail(&case, state.clock.now());
    let report = serde_json::to_string_pretty(&d["report"]).unwrap_or_default();
    let base = format!("/console/cases/{case_id}");
    page(
        "Case",
        html! {
            p { a href="/console" { "← Queue" } }
            h1 { "Case #" (case_id) }
            p { a href={ (base) "/governance" } { "Holds, escalations, reporter identity →" } }
            table {
                tr { th { "State" } td { (text(&d["status"]["state"])) } }
                tr { th { "Child sees" } td { (text(&d["status"]["child_status"]["kind"])) " " (d["status"]["child_status"]["outcomes"]) } }
                tr { th { "Category" } td { (case.category) } }
                tr { th { "Age band" } td { (case.age_band) } }
                tr { th { "Priority / tier" } td { (case.priority) " / " (case.tier) } }
                tr { th { "Hold active" } td { (case.hold_active) } }
                @if let Some(linked) = case.linked_case_id {
                    tr { th { "Linked case" } td { a href={ "/console/linked-cases/" (linked) } { "#" (linked) } } }
                }
            }
            h2 { "Report" }
            pre { (report) }
            h2 { "History" }
            ol { @for e in d["events"].as_array().into_iter().flatten() {
                li { (text(&e["event"]["event"])) " — " (text(&e["actor"])) " — " (event_time(&e["event"]))
                     @if let Some(explanation) = e["statement"]["explanation"].as_str() { pre { (explanation) } } }
            } }
            (super::downloads::export_buttons(case_id))
            h2 { "Actions" }
            form method="post" action={ (base) "/start-review" } { button { "Start review" } }
            h3 { "Ask structured questions (ids from the flow)" }
            form method="post" action={ (base) "/question" } {
                label { "Question ids (comma separated) " input name="questions" required; } " "
                button { "Ask" }
            }
            h3 { "Decide" }
            form method="post" action={ (base) "/decide" } {
                fieldset { legend { "Actions (none checked = no action)" }
                    @for a in Action::ALL { label { input type="checkbox" name="action" value=(code(a)); " " (code(a)) } " " }
                }
                p { label { "Grounds " select name="grounds_basis" {
                        option value="" { "none" } option value="terms" { "terms clause" } option value="illegal_content" { "illegal content (legal ground)" } } }
                    " " label { "Clause or legal ground " input name="ground"; } }
                p { label { "Explanation (facts and circumstances) " textarea name="explanation" required {} } }
                p { label { input type="checkbox" name="automated_detection" value="true"; " automated detection" } " "
                    label { "Decision " select name="automated_decision" {
                        option value="not_automated" { "by a person" } option value="partially" { "partially automated" } option value="fully" { "fully automated" } } } }
                p { label { input type="checkbox" name="hold" value="preservation"; " preservation hold" } " "
                    label { input type="checkbox" name="hold" value="police"; " police hold" } " "
                    label { "Reporter sees " select name="disclosure" {
                        option value="full" { "full" } option value="content_only" { "content only" } option value="minimal" { "minimal" } } } }
                p { label { "Content type " input name="content_type" value="text" required; } " "
                    label { "Territorial scope " input name="territorial_scope" value="worldwide" required; } }
                button { "Decide" }
            }
            h3 { "Revise (a closed case; decide again afterwards)" }
            form method="post" action={ (base) "/revise" } {
                label { "Reason " select name="reason" {
                    option value="complaint_upheld" { "complaint upheld" } option value="new_evidence" { "new evidence" } } }
                " " button { "Revise" }
            }
        },
    )
}

/// An event's time: `at`, or a decision's `decided_at`.
fn event_time(event: &Value) -> String {
    event["at"]
        .as_str()
        .or_else(|| event["decision"]["decided_at"].as_str())
        .unwrap_or_default()
        .to_owned()
}

fn code(action: Action) -> String {
    serde_json::to_value(action)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// Builds the same JSON the API takes from the form, so both go through one parser.
fn decision_from_form(fields: &[(String, String)]) -> Option<DecideRequest> {
    let get = |name: &str| fields.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone());
    let all = |name: &str| {
        fields
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .collect::<Vec<_>>()
    };
    let mut actions = all("action");
    if actions.is_empty() {
        actions.push("none".to_owned());
    }
    let ground = get("ground").unwrap_or_default();
    let grounds = match get("grounds_basis").as_deref() {
        Some("terms") => json!({"basis": "terms", "clause": ground}),
        Some("illegal_content") => json!({"basis": "illegal_content", "legal_ground": ground}),
        _ => Value::Null,
    };
    serde_json::from_value(json!({
        "actions": actions,
        "grounds": grounds,
        "automated_detection": get("automated_detection").is_some(),
        "automated_decision": get("automated_decision")?,
        "holds": all("hold"),
        "disclosure": get("disclosure")?,
        "explanation": get("explanation")?,
        "content_type": get("content_type")?,
        "territorial_scope": get("territorial_scope")?,
    }))
    .ok()
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
        "revise" => get("reason")
            .and_then(|reason| serde_json::from_value::<ReviseRequest>(json!({ "reason": reason })).ok())
            .map(ReviewerAction::Revise),
        "question" => get("questions")
            .and_then(|ids| {
                let ids: Vec<&str> = ids.split(',').map(str::trim).collect();
                serde_json::from_value::<QuestionRequest>(json!({ "questions": ids })).ok()
            })
            .map(ReviewerAction::Ask),
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
