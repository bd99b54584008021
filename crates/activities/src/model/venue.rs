//! A venue (meeting place) as an organiser enters it.

use super::{number, owner, FieldError};
use kansrijk_kernel::images::{self, ImageError, ImageKind};
use kansrijk_kernel::scope::Limit;
use kansrijk_kernel::web::forms::clean;
use kansrijk_kernel::web::FieldErrors;
use serde::Deserialize;

/// A venue as entered in the form.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct VenueForm {
    pub name: String,
    pub address: String,
    pub area_id: String,
    pub opening_hours: String,
    pub route: String,
    pub step_free: String,
    pub accessible_toilet: String,
    pub hearing_loop: String,
    pub parking: String,
    pub organisation_id: String,
    /// The municipality whose buurten the form offers (national scale), a CBS code.
    pub gemeente: String,
    /// `gemeente`: the person chose a municipality; show the form again, nothing saved.
    pub step: String,
}

/// A validated venue.
#[derive(Debug, Clone, Default)]
pub struct NewVenue {
    pub name: String,
    pub address: String,
    pub area_id: Option<i64>,
    pub opening_hours: String,
    pub route: String,
    pub step_free: bool,
    pub accessible_toilet: bool,
    pub hearing_loop: bool,
    pub parking: bool,
    /// The owning organisation (`None`: the programme's own).
    pub organisation_id: Option<i64>,
}

impl VenueForm {
    /// `buurt`: checks a buurt id (the id, or the message key when the form does not offer
    /// it); `organisations`: the person's scope.
    pub fn validate(
        &self,
        buurt: impl Fn(i64) -> Result<i64, &'static str>,
        organisations: &Limit,
    ) -> Result<NewVenue, FieldErrors> {
        let mut errors: Vec<FieldError> = vec![];
        let name = self.name.trim();
        if name.is_empty() || name.chars().count() > 120 {
            errors.push(("name", "venue-error-name"));
        }
        let address = self.address.trim();
        if address.is_empty() || self.address.chars().count() > 200 {
            errors.push(("address", "venue-error-address"));
        }
        let area_id = number(&self.area_id);
        if let Some(Err(key)) = area_id.map(&buurt) {
            errors.push(("area_id", key));
        }
        let organisation_id = owner(organisations, number(&self.organisation_id));
        if !organisations.covers(organisation_id) {
            errors.push(("organisation_id", "activity-error-organisation"));
        }
        errors.into_iter().collect::<FieldErrors>().or_ok(NewVenue {
            name: name.to_string(),
            address: address.to_string(),
            area_id,
            opening_hours: clean(&self.opening_hours, 500),
            route: clean(&self.route, 1000),
            step_free: self.step_free == "1",
            accessible_toilet: self.accessible_toilet == "1",
            hearing_loop: self.hearing_loop == "1",
            parking: self.parking == "1",
            organisation_id,
        })
    }
}

/// A venue photo: its description for people who cannot see it, and the image.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewPhoto {
    pub alt: String,
    pub kind: ImageKind,
    /// JPEG or PNG, with camera and location data removed.
    pub bytes: Vec<u8>,
}

/// Checks an uploaded photo and cleans it; the error is the message key shown beside the
/// venue (the upload form has no fields of its own to mark).
pub fn validate_photo(alt: &str, file: Option<&[u8]>) -> Result<NewPhoto, &'static str> {
    let alt = alt.trim();
    if alt.is_empty() || alt.chars().count() > 200 {
        return Err("venue-photo-error-alt");
    }
    match file.map(images::clean) {
        None => Err("venue-photo-error-missing"),
        Some(Err(ImageError::TooLarge)) => Err("venue-photo-error-large"),
        Some(Err(ImageError::TooManyPixels)) => Err("venue-photo-error-pixels"),
        Some(Err(_)) => Err("venue-photo-error-type"),
        Some(Ok((kind, bytes))) => Ok(NewPhoto {
            alt: alt.to_string(),
            kind,
            bytes,
        }),
    }
}
