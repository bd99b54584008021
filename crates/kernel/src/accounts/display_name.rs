//! The name a person shows on public pages. Full names stay on management pages; everywhere
//! else a feature shows `public_name(name, display_name)`: the name the person chose, or by
//! default the first name and one initial ("Fatima El Amrani" → "Fatima E.").

use crate::db::{now, Db};

pub const MIN_CHARS: usize = 2;
pub const MAX_CHARS: usize = 40;

/// The name shown publicly: the chosen display name, else the default form of the full name.
pub fn public_name(name: &str, display_name: Option<&str>) -> String {
    match display_name.map(str::trim) {
        Some(chosen) if !chosen.is_empty() => chosen.to_string(),
        _ => default_public_name(name),
    }
}

/// The person who wrote a text residents read (a comment, a reaction), flattened into the
/// feature's row (`#[sqlx(flatten)] author: Author`) from the columns `author_id`, `author_name`,
/// `author_display_name`, `author_email` and `author_lang`. The full name is for management
/// pages only; public pages show [`Author::public_name`]. Address and language are for the mail
/// when a moderator hides the text.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Author {
    #[sqlx(rename = "author_id")]
    pub id: i64,
    #[sqlx(rename = "author_name")]
    pub name: String,
    #[sqlx(rename = "author_display_name")]
    pub display_name: Option<String>,
    #[sqlx(rename = "author_email")]
    pub email: String,
    #[sqlx(rename = "author_lang")]
    pub lang: String,
}

impl Author {
    /// The author's name on public pages (chosen, or first name and initial).
    pub fn public_name(&self) -> String {
        public_name(&self.name, self.display_name.as_deref())
    }
}

/// First name and the initial of the surname. Lower-case particles before the surname stay
/// ("Henk de Vries" → "Henk de V."), as Dutch names are usually shortened that way; a single
/// word stays as it is.
pub fn default_public_name(name: &str) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    let Some((first, rest)) = words.split_first() else {
        return String::new();
    };
    let capital = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
    // Scripts without capitals (Arabic, say) have no particles to tell apart: take the next word.
    let surname = rest.iter().position(capital).unwrap_or(0);
    let Some(initial) = rest.get(surname).and_then(|w| w.chars().next()) else {
        return (*first).to_string();
    };
    let mut out = vec![(*first).to_string()];
    out.extend(rest[..surname].iter().map(|w| w.to_string()));
    out.push(format!("{}.", initial.to_uppercase()));
    out.join(" ")
}

/// Checks a chosen display name: trimmed, 2–40 characters, no control characters. An empty
/// field means "use the default" (`Ok(None)`). The error is a message key.
pub fn check(input: &str) -> Result<Option<String>, &'static str> {
    let trimmed = input.trim();
    if trimmed.is_empty() {
        return Ok(None);
    }
    // Bidi overrides and isolates would turn the text around it on the page.
    let bidi = |c: char| matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
    if trimmed.chars().any(|c| c.is_control() || bidi(c)) {
        return Err("account-display-name-error-characters");
    }
    let n = trimmed.chars().count();
    if !(MIN_CHARS..=MAX_CHARS).contains(&n) {
        return Err("account-display-name-error-length");
    }
    Ok(Some(trimmed.to_string()))
}

pub async fn get(db: &Db, user_id: i64) -> sqlx::Result<Option<String>> {
    sqlx::query_scalar("SELECT display_name FROM users WHERE id = $1")
        .bind(user_id)
        .fetch_one(&db.pool)
        .await
}

/// Sets the display name (`None`: back to the default).
pub async fn set(db: &Db, user_id: i64, display_name: Option<&str>) -> sqlx::Result<()> {
    let (_gate, pool) = db.write().await?;
    sqlx::query("UPDATE users SET display_name = $1, updated_at = $2 WHERE id = $3")
        .bind(display_name)
        .bind(now())
        .bind(user_id)
        .execute(pool)
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_is_first_name_and_initial() {
        assert_eq!(default_public_name("Fatima El Amrani"), "Fatima E.");
        assert_eq!(default_public_name("Henk de Vries"), "Henk de V.");
        assert_eq!(default_public_name("Jan van der Berg"), "Jan van der B.");
        assert_eq!(default_public_name("  Piotr   Kowalski "), "Piotr K.");
        assert_eq!(default_public_name("anna smit"), "anna S.");
        assert_eq!(default_public_name("Özlem Çelik"), "Özlem Ç.");
        assert_eq!(default_public_name("محمد علي"), "محمد ع.");
    }

    #[test]
    fn a_single_word_stays_as_it_is() {
        assert_eq!(default_public_name("Amina"), "Amina");
        assert_eq!(default_public_name(" Stuurgroep "), "Stuurgroep");
        assert_eq!(default_public_name(""), "");
    }

    #[test]
    fn a_chosen_name_wins_and_blank_means_default() {
        assert_eq!(
            public_name("Fatima El Amrani", Some("Fatima uit Liendert")),
            "Fatima uit Liendert"
        );
        assert_eq!(public_name("Fatima El Amrani", None), "Fatima E.");
        assert_eq!(public_name("Fatima El Amrani", Some("  ")), "Fatima E.");
    }

    #[test]
    fn check_trims_and_bounds_the_length() {
        assert_eq!(check("  Fa  "), Ok(Some("Fa".to_string())));
        assert_eq!(check(""), Ok(None));
        assert_eq!(check("   "), Ok(None));
        assert_eq!(check("F"), Err("account-display-name-error-length"));
        assert_eq!(check(&"x".repeat(40)), Ok(Some("x".repeat(40))));
        assert_eq!(
            check(&"x".repeat(41)),
            Err("account-display-name-error-length")
        );
        // Characters, not bytes: 40 Arabic letters are fine.
        assert!(check(&"ع".repeat(40)).is_ok());
    }

    #[test]
    fn check_refuses_control_characters() {
        assert_eq!(
            check("Fatima\u{7}E."),
            Err("account-display-name-error-characters")
        );
        assert_eq!(
            check("Fa\ntima"),
            Err("account-display-name-error-characters")
        );
        assert_eq!(
            check("Fatima\u{202E}.E"),
            Err("account-display-name-error-characters")
        );
    }
}
