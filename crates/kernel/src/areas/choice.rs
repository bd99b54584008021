//! One area field of a form, at every scale. With at most [`CHOICE_LIMIT`] buurten, or with a
//! single municipality, the field offers every area at once, as it always did. Above that (the
//! national scale: 14,000 buurten in 350 municipalities) the person first chooses the
//! municipality — a list of a few hundred with a button that shows the form again, filled in,
//! so no JavaScript is needed — and the field offers the areas of that municipality only.

use super::{Area, AreaIndex, CHOICE_LIMIT};

/// Which areas a field offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Offer {
    /// Buurten, by name (a venue's buurt).
    Buurten,
    /// Wijken and buurten, by CBS code (the area a role or an API token is limited to).
    DistrictsAndBuurten,
}

impl Offer {
    fn takes(self, area: &Area) -> bool {
        match self {
            Offer::Buurten => area.kind == "neighbourhood",
            Offer::DistrictsAndBuurten => {
                matches!(area.kind.as_str(), "district" | "neighbourhood")
            }
        }
    }
}

/// What a form shows for one area field.
#[derive(Debug, Clone)]
pub struct AreaChoice {
    offer: Offer,
    /// (CBS code, name) of every municipality, by name; empty when the field offers every area
    /// at once (no extra step).
    pub municipalities: Vec<(String, String)>,
    /// The CBS code of the municipality whose areas `options` holds (empty without a step).
    pub municipality: String,
    /// (id, name) of the areas offered.
    pub options: Vec<(i64, String)>,
}

impl AreaChoice {
    /// Whether the person chooses the municipality first.
    pub fn by_municipality(&self) -> bool {
        !self.municipalities.is_empty()
    }

    /// Whether the field offers this area.
    pub fn offers(&self, id: i64) -> bool {
        self.options.iter().any(|(o, _)| *o == id)
    }

    /// Checks a sent area: its id when the field offers it; else the message key —
    /// `area-error-other-municipality` for an area of the right kind in another municipality
    /// than the chosen one, `unknown` (the field's own message) for anything else.
    pub fn check(
        &self,
        index: &AreaIndex,
        id: Option<i64>,
        unknown: &'static str,
    ) -> Result<i64, &'static str> {
        match id {
            Some(id) if self.offers(id) => Ok(id),
            Some(id) if index.get(id).is_some_and(|a| self.offer.takes(a)) => {
                Err("area-error-other-municipality")
            }
            _ => Err(unknown),
        }
    }
}

impl AreaChoice {
    /// Checks a sent field: `Ok(None)` when empty (no area), else as [`AreaChoice::check`].
    pub fn check_field(
        &self,
        index: &AreaIndex,
        value: &str,
        unknown: &'static str,
    ) -> Result<Option<i64>, &'static str> {
        match value.trim() {
            "" => Ok(None),
            v => self.check(index, v.parse().ok(), unknown).map(Some),
        }
    }
}

impl AreaIndex {
    /// Whether forms ask for the municipality first: more than [`CHOICE_LIMIT`] buurten in more
    /// than one municipality.
    pub fn municipality_first(&self) -> bool {
        self.neighbourhoods > CHOICE_LIMIT && self.municipalities.len() > 1
    }

    /// The choice for one field. `requested`: the municipality the person chose (a CBS code, or
    /// empty); `current`: the area the field holds (sent, or stored), whose municipality is
    /// offered when none was chosen; else the home municipality.
    pub fn choice(&self, offer: Offer, requested: &str, current: Option<i64>) -> AreaChoice {
        let named = |i: &usize| (self.areas[*i].id, self.areas[*i].name.clone());
        if !self.municipality_first() {
            let mut options: Vec<usize> = (0..self.areas.len())
                .filter(|i| offer.takes(&self.areas[*i]))
                .collect();
            if offer == Offer::Buurten {
                options.sort_by(|a, b| {
                    let (a, b) = (&self.areas[*a], &self.areas[*b]);
                    (&a.name, &a.code).cmp(&(&b.name, &b.code))
                });
            }
            return AreaChoice {
                offer,
                municipalities: Vec::new(),
                municipality: String::new(),
                options: options.iter().map(named).collect(),
            };
        }
        let current = current
            .and_then(|id| self.get(id))
            .map(|a| a.code.as_str())
            .unwrap_or_default();
        let gm = self.chosen_municipality(requested, current);
        let options = match (gm, offer) {
            (None, _) => Vec::new(),
            (Some(gm), Offer::Buurten) => self
                .buurten_of(gm.id)
                .map(|a| (a.id, a.name.clone()))
                .collect(),
            (Some(gm), Offer::DistrictsAndBuurten) => {
                let mut list: Vec<usize> = [&self.districts, &self.buurten]
                    .into_iter()
                    .filter_map(|map| map.get(&gm.id))
                    .flatten()
                    .copied()
                    .collect();
                // By the digits of the CBS code: each wijk (WK030710) just before its buurten
                // (BU03071000, …).
                let digits = |i: &usize| self.areas[*i].code.get(2..).unwrap_or_default();
                list.sort_by(|a, b| digits(a).cmp(digits(b)));
                list.iter().map(named).collect()
            }
        };
        AreaChoice {
            offer,
            municipalities: self
                .municipalities()
                .map(|a| (a.code.clone(), a.name.clone()))
                .collect(),
            municipality: gm.map(|a| a.code.clone()).unwrap_or_default(),
            options,
        }
    }
}
