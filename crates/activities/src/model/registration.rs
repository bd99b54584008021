//! What a visitor enters to sign up, and what an organiser ticks at the door.

use super::{number, FieldError};
use kansrijk_kernel::web::forms::clean;
use kansrijk_kernel::web::FieldErrors;
use serde::Deserialize;

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct RegistrationForm {
    pub name: String,
    pub email: String,
    pub phone: String,
    pub people: String,
    pub interpreter: String,
    pub interpreter_lang: String,
    pub sign_language: String,
    pub wheelchair: String,
    pub childcare: String,
    pub other_needs: String,
    pub consent: String,
    pub key: String,
}

/// A validated registration.
#[derive(Debug, Clone, PartialEq)]
pub struct NewRegistration {
    pub name: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub people: i64,
    pub interpreter: bool,
    pub interpreter_lang: String,
    pub sign_language: bool,
    pub wheelchair: bool,
    pub childcare: bool,
    pub other_needs: String,
    pub idempotency_key: String,
}

impl RegistrationForm {
    /// `contact_required`: the activity needs registration, so we must be able to reach people.
    pub fn validate(&self, contact_required: bool) -> Result<NewRegistration, FieldErrors> {
        let mut errors: Vec<FieldError> = vec![];
        let name = self.name.trim();
        if name.is_empty() {
            errors.push(("name", "registration-error-name"));
        } else if name.chars().count() > 100 {
            errors.push(("name", "registration-error-name-long"));
        }
        let email = kansrijk_kernel::accounts::model::normalise_email(&self.email);
        let email = Some(email).filter(|e| !e.is_empty());
        if email
            .as_deref()
            .is_some_and(|e| !kansrijk_kernel::accounts::model::valid_email(e))
        {
            errors.push(("email", "registration-error-email"));
        }
        let phone: String = self.phone.trim().chars().take(30).collect();
        let phone = Some(phone).filter(|p| !p.is_empty());
        if phone
            .as_deref()
            .is_some_and(|p| p.chars().filter(|c| c.is_ascii_digit()).count() < 8)
        {
            errors.push(("phone", "registration-error-phone"));
        }
        if contact_required && email.is_none() && phone.is_none() {
            errors.push(("email", "registration-error-contact"));
        }
        let people = self
            .people
            .trim()
            .parse::<i64>()
            .ok()
            .filter(|n| (1..=10).contains(n));
        if people.is_none() {
            errors.push(("people", "registration-error-people"));
        }
        if self.consent != "1" {
            errors.push(("consent", "registration-error-consent"));
        }
        let key = self.key.trim();
        if key.len() < 16 || key.len() > 64 {
            errors.push(("name", "registration-error-form-expired"));
        }
        let interpreter = self.interpreter == "1";
        errors
            .into_iter()
            .collect::<FieldErrors>()
            .or_ok(NewRegistration {
                name: name.to_string(),
                email,
                phone,
                people: people.unwrap_or(1),
                interpreter,
                interpreter_lang: if interpreter {
                    clean(&self.interpreter_lang, 50)
                } else {
                    String::new()
                },
                sign_language: self.sign_language == "1",
                wheelchair: self.wheelchair == "1",
                childcare: self.childcare == "1",
                other_needs: clean(&self.other_needs, 500),
                idempotency_key: key.to_string(),
            })
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct CheckinForm {
    pub registration: String,
    pub present: String,
    pub walk_ins: String,
}

/// A validated check-in change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CheckIn {
    /// (registration id, present)
    pub tick: Option<(i64, bool)>,
    /// Walk-ins, within 0 to 10,000.
    pub walk_ins: Option<i64>,
}

impl CheckinForm {
    /// Nothing here can be refused: what is not a number is no change, and a count of walk-ins
    /// is brought within bounds (a registration of another activity is ignored by the query).
    pub fn validate(&self) -> Result<CheckIn, FieldErrors> {
        Ok(CheckIn {
            tick: number(&self.registration).map(|r| (r, self.present == "1")),
            walk_ins: number(&self.walk_ins).map(|n| n.clamp(0, 10_000)),
        })
    }
}
