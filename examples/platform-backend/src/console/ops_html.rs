//! The console page for a case's holds, escalations and reporter identity. Each form posts
//! to the same handlers as the JSON API (one parser, one set of checks, one audit trail).

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Form, Json};
use maud::{DOCTYPE, Markup, html};
use serde_json::{Value, json};

use super::ops;
use crate::http::ApiError;
use crate::state::AppState;

/// The page routes.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/console/cases/{case_id}/governance", get(page))
        .route("/console/cases/{case_id}/governance/{action}", post(act))
}

fn wrap(title: &str, body: Markup) -> Response {
    let markup = html! {
        (DOCTYPE)
        html lang="en" {
            head { meta charset="utf-8"; title { (title) " · TellSafe console" }
                style { "body{font-family:sans-serif;margin:2em;max-width:70em}td,th{border:1px solid #ccc;padding:.3em .6em}.demo{background:#fee;padding:.5em}" } }
            body { p.demo { "DEMO: staff sign-in uses demo tokens." } (body) }
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

fn failed(e: &ApiError) -> Response {
    (
        StatusCode::from_u16(e.code.http_status()).unwrap_or(StatusCode::NOT_FOUND),
        e.code.code(),
    )
        .into_response()
}

fn text(v: &Value) -> String {
    v.as_str().map(str::to_owned).unwrap_or_else(|| v.to_string())
}

async fn page(State(state): State<AppState>, headers: HeaderMap, Path(case_id): Path<i64>) -> Response {
    let holds = match ops::list_holds(
        State(state.clone()),
        headers.clone(),
        crate::http::ApiPath(case_id),
    )
    .await
    {
        Ok(Json(v)) => v,
        Err(e) => return failed(&e),
    };
    let escalations = match ops::list_escalations(State(state), headers, crate::http::ApiPath(case_id)).await
    {
        Ok(Json(v)) => v,
        Err(e) => return failed(&e),
    };
    let base = format!("/console/cases/{case_id}/governance");
    wrap(
        "Governance",
        html! {
            p { a href={ "/console/cases/" (case_id) } { "← Case" } }
            h1 { "Case #" (case_id) ": holds, escalations, reporter" }
            @if holds["law_enforcement_hold"].as_bool() == Some(true) {
                p.demo { "Law-enforcement hold: user-facing actions and statements are frozen." }
            }
            h2 { "Holds" }
            table {
                tr { th { "Hold" } th { "Kind" } th { "Placed by" } th { "Active" } th { "Release" } }
                @for h in holds["holds"].as_array().into_iter().flatten() {
                    tr { td { (text(&h["hold_id"])) } td { (text(&h["kind"])) } td { (text(&h["placed_by"])) }
                         td { (h["active"]) }
                         td { @if h["active"].as_bool() == Some(true) {
                             form method="post" action={ (base) "/release" } {
                                 input type="hidden" name="hold_id" value=(text(&h["hold_id"]));
                                 input name="reason" placeholder="reason (required)" required; " " button { "Release" } } } } }
                }
            }
            form method="post" action={ (base) "/hold" } {
                select name="kind" { option value="preservation" { "preservation" } option value="law_enforcement" { "law enforcement (freezes user-facing actions)" } }
                " " input name="basis" placeholder="basis" required; " " input name="reference" placeholder="reference";
                " " button { "Place hold" }
            }
            h2 { "Escalations" }
            ul { @for e in escalations["escalations"].as_array().into_iter().flatten() {
                li { "#" (e["escalation_id"]) " " (text(&e["kind"])) " — " (text(&e["legal_basis"])) " — by " (text(&e["created_by"]))
                     " — cases " (e["case_ids"]) " — " (e["record"]) }
            } }
            h3 { "NCMEC CyberTipline (one bundle per reported user)" }
            form method="post" action={ (base) "/ncmec" } {
                input name="priority_reason" placeholder="priority reason code" required;
                label { input type="checkbox" name="law_enforcement_hold" value="true"; " law-enforcement hold" }
                " " button { "Escalate" }
            }
            h3 { "Emergency disclosure" }
            form method="post" action={ (base) "/emergency" } {
                input name="authority" placeholder="authority" required; " " input name="legal_basis" placeholder="legal basis" required;
                " " input name="reference" placeholder="reference";
                label { input type="checkbox" name="law_enforcement_hold" value="true"; " law-enforcement hold" }
                " " button { "Record" }
            }
            h3 { "DSA Art. 18 notice" }
            form method="post" action={ (base) "/art18" } {
                input name="member_state" placeholder="member state (e.g. IE)"; " " input name="authority" placeholder="authority";
                label { input type="checkbox" name="europol_fallback" value="true"; " Europol (member state unknown)" }
                " " input name="reference" placeholder="reference"; " " button { "Notify" }
            }
            h2 { "Reporter identity" }
            p { "Hidden. Revealing it is logged with your reason." }
            form method="post" action={ (base) "/reveal" } {
                input name="reason" placeholder="reason (required)" required; " " button { "Reveal" }
            }
        },
    )
}

async fn act(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path((case_id, action)): Path<(i64, String)>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    let get = |name: &str| {
        fields
            .iter()
            .find(|(k, v)| k == name && !v.trim().is_empty())
            .map(|(_, v)| v.clone())
    };
    let flag = |name: &str| get(name).is_some();
    let back = Redirect::to(&format!("/console/cases/{case_id}/governance")).into_response();
    let body = |v: Value| Bytes::from(v.to_string());
    let st = || State(state.clone());
    let result = match action.as_str() {
        "hold" => ops::place_hold(
            st(),
            headers,
            crate::http::ApiPath(case_id),
            body(json!({"kind": get("kind"), "basis": get("basis"), "reference": get("reference")})),
        )
        .await
        .map(|_| back),
        "release" => {
            let hold_id = get("hold_id").unwrap_or_default();
            ops::release_hold(
                st(),
                headers,
                crate::http::ApiPath((case_id, hold_id)),
                body(json!({"reason": get("reason")})),
            )
            .await
            .map(|_| back)
        }
        "ncmec" | "emergency" | "art18" => {
            let new = match action.as_str() {
                "ncmec" => json!({"kind": "ncmec", "priority_reason": get("priority_reason"),
                                  "law_enforcement_hold": flag("law_enforcement_hold")}),
                "emergency" => json!({"kind": "emergency_disclosure", "authority": get("authority"),
                                      "legal_basis": get("legal_basis"), "reference": get("reference"),
                                      "law_enforcement_hold": flag("law_enforcement_hold")}),
                _ => {
                    json!({"kind": "dsa_art18", "member_state": get("member_state"), "authority": get("authority"),
                            "europol_fallback": flag("europol_fallback"), "reference": get("reference")})
                }
            };
            ops::escalate(st(), headers, crate::http::ApiPath(case_id), body(new))
                .await
                .map(|_| back)
        }
        "reveal" => ops::reveal(
            st(),
            headers,
            crate::http::ApiPath(case_id),
            body(json!({"reason": get("reason")})),
        )
        .await
        .map(|Json(who)| {
            wrap(
                "Reporter",
                html! {
                    p { a href={ "/console/cases/" (case_id) "/governance" } { "← Back" } }
                    h1 { "Reporter of case #" (case_id) }
                    p { "Account: " (text(&who["account_id"])) }
                    p { "Key: " (text(&who["key_id"])) }
                    p { "This reveal is in the audit log with your reason." }
                },
            )
        }),
        _ => return (StatusCode::NOT_FOUND, "not_found").into_response(),
    };
    result.unwrap_or_else(|e| failed(&e))
}
