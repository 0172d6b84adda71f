//! Submitting, delivering and asking about reports.

use uuid::Uuid;

use super::records::{LocalReport, ReceiptInfo};
use super::status_doc::{self, StatusView};
use super::wire::backend_error;
use super::{ClientError, MAX_SENDS_PER_ITEM_PER_FLUSH, NotificationKey, TellSafe, lock};
use crate::flow::{Intent, IntentRequest, NotifyPreference};
use crate::outbox::{Decision, NewItem, NextTask, Prerequisite, UnsignedRequest};
use crate::report::Report;
use crate::sign::Profile;
use crate::timestamp::Timestamp;

/// What `submit` hands back: the id, and which intents the app may perform now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Submitted {
    /// The report id (also the idempotency key).
    pub id: Uuid,
    /// Intents to perform now (they cannot destroy evidence).
    pub perform_now: Vec<Intent>,
    /// Intents held until the receipt arrives or the app calls `preserve_locally(id)`.
    pub deferred: Vec<Intent>,
}

/// Deferred intents that may be performed now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReleasedIntents {
    /// The report they belong to.
    pub id: Uuid,
    /// What to perform.
    pub intents: Vec<Intent>,
}

/// What one `flush` did.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FlushSummary {
    /// Reports the backend acknowledged in this flush.
    pub delivered: Vec<Uuid>,
    /// Deferred intents released by those receipts.
    pub released: Vec<ReleasedIntents>,
    /// When the next attempt is due, if anything is still waiting.
    pub next_attempt_at: Option<Timestamp>,
}

#[derive(serde::Deserialize)]
struct ReceiptBody {
    report_id: Uuid,
    #[serde(default)]
    received_at: Option<Timestamp>,
    #[serde(default)]
    expected_first_review_by: Option<Timestamp>,
}

impl TellSafe {
    /// Queues `report` under the signed-in account, sealed and durable when this returns `Ok`
    /// (it survives a crash; sending happens in [`TellSafe::flush`]). Submitting the same report
    /// again is harmless. A full outbox is `QueueFull`; nothing is evicted.
    pub async fn submit(
        &self,
        report: &Report,
        notify: NotifyPreference,
        intents: &[IntentRequest],
    ) -> Result<Submitted, ClientError> {
        let session = self.auth.current().await?;
        let id = *report.id().as_uuid();
        let body = report.to_json().map_err(|_| ClientError::Validation {
            field: "report",
            reason: "does not serialize within limits".to_owned(),
        })?;
        let category = report.category();
        // Write order: the outbox record is the report; it alone is written before returning
        // (one durable write). The history entry is kept in memory and written at the next
        // flush; after a crash it is rebuilt from the queued record with the cautious defaults.
        self.outbox
            .enqueue(NewItem {
                id,
                account: session.account.clone(),
                category: Some(category.code().to_owned()),
                urgent: category.info().urgent,
                request: UnsignedRequest {
                    method: "POST".to_owned(),
                    path: "/v1/reports".to_owned(),
                    content_type: Some("application/json".to_owned()),
                    body: body.into_bytes(),
                },
            })
            .await?;
        let deferred: Vec<Intent> = intents.iter().filter(|i| i.deferred).map(|i| i.intent).collect();
        let perform_now = intents.iter().filter(|i| !i.deferred).map(|i| i.intent).collect();
        if !self.records.contains(id) {
            self.records.insert_unsaved(LocalReport {
                id,
                account: session.account,
                category: Some(category),
                age_band: report.age_band(),
                notify,
                submitted_at: self.clock.now(),
                deferred: deferred.clone(),
                receipt: None,
                status: None,
            })?;
        }
        Ok(Submitted {
            id,
            perform_now,
            deferred,
        })
    }

    /// Sends everything due for the signed-in account, until the outbox is idle or waiting.
    /// Only that account's items are sent, under its session. Safe to call any time (at
    /// start-up, on connectivity, after `submit`); a dropped future loses nothing.
    pub async fn flush(&self) -> Result<FlushSummary, ClientError> {
        let mut session = self.auth.current().await?;
        self.records.persist_dirty().await?;
        let mut summary = FlushSummary::default();
        let budget = self
            .outbox_config
            .max_items
            .saturating_mul(MAX_SENDS_PER_ITEM_PER_FLUSH);
        for _ in 0..budget {
            let attempt = match self.outbox.next_ready(&session.account).await? {
                NextTask::Send(attempt) => attempt,
                NextTask::Wait { until } => {
                    summary.next_attempt_at = Some(until);
                    return Ok(summary);
                }
                NextTask::Idle => return Ok(summary),
            };
            self.ensure_history(&attempt.account, attempt.id, &attempt.request.body)?;
            let mut ready = Ok(());
            match attempt.prerequisite {
                Some(Prerequisite::RefreshAuth) => match self.auth.refresh().await {
                    Ok(fresh) if fresh.account == session.account => session = fresh,
                    Ok(_) => ready = Err(ClientError::Auth(super::AuthError::SignedOut)),
                    Err(e) => ready = Err(e.into()),
                },
                Some(Prerequisite::Register) => ready = self.register_as(&session).await,
                Some(Prerequisite::Resync) | None => {}
            }
            if ready.is_ok() {
                ready = self.ensure_registered(&session).await;
            }
            let result = match ready {
                Ok(()) => {
                    match self
                        .signed_request(
                            &attempt.request,
                            &session,
                            Some(&attempt.id.to_string()),
                            Profile::ClientRequest,
                        )
                        .await
                    {
                        Ok(request) => self.exchange(&request).await,
                        Err(e) => Err(e),
                    }
                }
                Err(e) => Err(e),
            };
            // A 2xx must be the receipt for this very report, or it proves nothing.
            let receipt = match &result {
                Ok(v) if (200..300).contains(&v.response.status) => {
                    serde_json::from_slice::<ReceiptBody>(&v.response.body)
                        .ok()
                        .filter(|r| r.report_id == attempt.id)
                }
                _ => None,
            };
            let outcome = match (&result, &receipt) {
                (Ok(v), None) if (200..300).contains(&v.response.status) => {
                    crate::outbox::AttemptOutcome::NetworkError
                }
                // Registering before the send was answered (e.g. `auth_expired`): the policy
                // reads that answer, so it schedules the right prerequisite (refresh auth).
                (Err(ClientError::Backend { status, code }), _) => {
                    crate::outbox::AttemptOutcome::Response(crate::outbox::ServerResponse::from_parts(
                        *status,
                        serde_json::json!({ "code": code }).to_string().as_bytes(),
                        None,
                        self.clock.now(),
                    ))
                }
                _ => self.outcome_of(&result),
            };
            let decision = self.outbox.record_attempt(attempt.id, outcome).await?;
            match decision {
                Decision::Delivered => {
                    summary.delivered.push(attempt.id);
                    let info = receipt.map(|r| ReceiptInfo {
                        received_at: r.received_at,
                        expected_by: r.expected_first_review_by,
                    });
                    if let Some(released) = self.on_receipt(&attempt.account, attempt.id, info).await? {
                        summary.released.push(released);
                    }
                }
                Decision::Retry {
                    clock_offset_ms: Some(offset),
                    ..
                } => self.set_offset(offset),
                _ => {}
            }
        }
        Ok(summary)
    }

    /// Makes sure a queued item has a history entry (rebuilt after a crash between `submit`
    /// and the first flush, with "don't notify" and no intents: the cautious defaults).
    fn ensure_history(&self, account: &str, id: Uuid, body: &[u8]) -> Result<(), ClientError> {
        if self.records.contains(id) || lock(&self.forgotten).contains(&id) {
            return Ok(());
        }
        let Ok(report) = Report::from_json(body) else {
            return Ok(());
        };
        self.records.insert_unsaved(LocalReport {
            id,
            account: account.to_owned(),
            category: Some(report.category()),
            age_band: report.age_band(),
            notify: NotifyPreference::DontNotify,
            submitted_at: self.clock.now(),
            deferred: Vec::new(),
            receipt: None,
            status: None,
        })
    }

    async fn on_receipt(
        &self,
        account: &str,
        id: Uuid,
        info: Option<ReceiptInfo>,
    ) -> Result<Option<ReleasedIntents>, ClientError> {
        let mut released = Vec::new();
        let updated = self
            .records
            .update(account, id, |r| {
                r.receipt = info.clone().or(Some(ReceiptInfo {
                    received_at: None,
                    expected_by: None,
                }));
                released = std::mem::take(&mut r.deferred);
            })
            .await?;
        if let Some(r) = &updated {
            self.notify(r.notify);
        }
        Ok((!released.is_empty()).then_some(ReleasedIntents {
            id,
            intents: released,
        }))
    }

    /// The app preserved the evidence itself (offline, the reporter wants to block now): the
    /// deferred intents of `id` are released and returned.
    pub async fn preserve_locally(&self, id: Uuid) -> Result<Vec<Intent>, ClientError> {
        let session = self.auth.current().await?;
        self.records.persist_dirty().await?;
        let mut released = Vec::new();
        self.records
            .update(&session.account, id, |r| {
                released = std::mem::take(&mut r.deferred)
            })
            .await?
            .ok_or(ClientError::NotFound)?;
        Ok(released)
    }

    fn notify(&self, preference: NotifyPreference) {
        if preference == NotifyPreference::TellMeHere {
            if let Some(listener) = &self.listener {
                listener.on_update(NotificationKey::Update);
            }
        }
    }

    /// The reporter's status of `id`: fetched, verified against the pinned backend key,
    /// applied to the local lifecycle (illegal transitions refused), cached sealed, and
    /// rendered for the reporter's age band. A report still queued shows "sent". Reports of
    /// other accounts are `NotFound`.
    pub async fn status(&self, id: Uuid) -> Result<StatusView, ClientError> {
        let session = self.auth.current().await?;
        self.records.persist_dirty().await?;
        let local = self.records.get(&session.account, id);
        let queued = self.outbox.items(&session.account).iter().any(|i| i.id == id);
        if queued {
            let local = local.ok_or(ClientError::NotFound)?;
            return Ok(self.view_of(&local, self.clock.now()));
        }
        let answer = self.call("GET", format!("/v1/reports/{id}/status"), None).await?;
        if !(200..300).contains(&answer.status) {
            return Err(backend_error(&answer));
        }
        let cached = local.as_ref().and_then(|r| r.status.clone());
        let fresh = status_doc::apply(id, cached.as_ref(), &answer.body)?;
        let changed = cached.as_ref().map(|c| &c.child) != Some(&fresh.child);
        let report = match local {
            Some(_) => self
                .records
                .update(&session.account, id, |r| {
                    r.status = Some(fresh.clone());
                    if r.receipt.is_none() {
                        r.receipt = Some(ReceiptInfo {
                            received_at: None,
                            expected_by: None,
                        });
                    }
                })
                .await?
                .ok_or(ClientError::NotFound)?,
            // A new install of the same account: the backend knows the report, this device
            // does not. Keep a cautious local entry (no notifications, no intents).
            None => {
                self.records.insert_unsaved(LocalReport {
                    id,
                    account: session.account.clone(),
                    category: None,
                    age_band: self.age_band,
                    notify: NotifyPreference::DontNotify,
                    submitted_at: self.clock.now(),
                    deferred: Vec::new(),
                    receipt: None,
                    status: Some(fresh.clone()),
                })?;
                self.records.persist_dirty().await?;
                self.records
                    .get(&session.account, id)
                    .ok_or(ClientError::NotFound)?
            }
        };
        if changed && cached.is_some() {
            self.notify(report.notify);
        }
        Ok(self.view_of(&report, self.clock.now()))
    }

    /// Refreshes the status of every delivered report of the signed-in account.
    pub async fn refresh(&self) -> Result<Vec<StatusView>, ClientError> {
        let session = self.auth.current().await?;
        self.records.persist_dirty().await?;
        let mut views = Vec::new();
        for report in self.records.of_account(&session.account) {
            views.push(match self.status(report.id).await {
                Ok(view) => view,
                Err(ClientError::Network(_) | ClientError::Unverified { .. }) => {
                    self.view_of(&report, self.clock.now())
                }
                Err(e) => return Err(e),
            });
        }
        Ok(views)
    }

    /// Asks for another look at a decision (`POST /v1/reports/{id}/appeal`), then returns the
    /// new status.
    pub async fn appeal(&self, id: Uuid) -> Result<StatusView, ClientError> {
        self.owned(id).await?;
        let answer = self
            .call(
                "POST",
                format!("/v1/reports/{id}/appeal"),
                Some(serde_json::json!({"reason": "disagree"})),
            )
            .await?;
        if !(200..300).contains(&answer.status) {
            return Err(backend_error(&answer));
        }
        self.status(id).await
    }

    /// Answers the team's question (choice ids from the flow only, never free text).
    pub async fn provide_info(
        &self,
        id: Uuid,
        question_id: &str,
        answers: &[String],
    ) -> Result<StatusView, ClientError> {
        self.owned(id).await?;
        let answer = self
            .call(
                "POST",
                format!("/v1/reports/{id}/info"),
                Some(serde_json::json!({"question_id": question_id, "answer": answers})),
            )
            .await?;
        if !(200..300).contains(&answer.status) {
            return Err(backend_error(&answer));
        }
        self.status(id).await
    }

    /// `delete_everywhere(id)`: asks the backend to delete the report (refused honestly, as
    /// `Backend { code }`, where a legal hold or duty applies), then forgets it on this device.
    /// A report still queued is removed from the outbox first.
    pub async fn delete_everywhere(&self, id: Uuid) -> Result<(), ClientError> {
        let session = self.auth.current().await?;
        self.owned(id).await?;
        self.outbox.forget(id).await?;
        let answer = self.call("DELETE", format!("/v1/reports/{id}"), None).await?;
        if !(200..300).contains(&answer.status) && answer.status != 404 {
            return Err(backend_error(&answer));
        }
        self.records.remove(&session.account, id).await?;
        lock(&self.forgotten).insert(id);
        Ok(())
    }

    /// `Ok` if `id` is a report of the signed-in account on this device.
    async fn owned(&self, id: Uuid) -> Result<(), ClientError> {
        let session = self.auth.current().await?;
        self.records
            .get(&session.account, id)
            .map(|_| ())
            .ok_or(ClientError::NotFound)
    }
}
