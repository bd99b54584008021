//! Capacity and the waiting list, one mechanism for every feature that takes sign-ups
//! (activities, training sessions). Pure rules; the callers apply them under a row lock: the
//! first statement of the transaction is `UPDATE <parent> SET updated_at = …`, which locks the
//! parent row on PostgreSQL and takes the write lock on SQLite, so concurrent sign-ups never
//! exceed the capacity.

/// Where a new sign-up goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    Confirmed,
    Waiting,
}

/// Where a new sign-up of `people` goes: a place while there is room and nobody waits
/// (no jumping the queue), otherwise the waiting list. `None` capacity means no limit.
pub fn place_for(
    capacity: Option<i64>,
    confirmed: i64,
    anyone_waiting: bool,
    people: i64,
) -> Place {
    match capacity {
        None => Place::Confirmed,
        Some(c) if !anyone_waiting && confirmed + people <= c => Place::Confirmed,
        Some(_) => Place::Waiting,
    }
}

/// Which waiting sign-ups (id, people; oldest first) get a place, strictly in order: the first
/// group that does not fit stops the promotion, so nobody is passed over.
pub fn promotable(capacity: Option<i64>, confirmed: i64, waiting: &[(i64, i64)]) -> Vec<i64> {
    let mut taken = confirmed;
    let mut out = vec![];
    for (id, people) in waiting {
        if capacity.is_some_and(|c| taken + people > c) {
            break;
        }
        taken += people;
        out.push(*id);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_sign_up_gets_a_place_only_while_it_fits_and_nobody_waits() {
        assert_eq!(place_for(Some(10), 8, false, 2), Place::Confirmed);
        assert_eq!(place_for(Some(10), 9, false, 2), Place::Waiting);
        assert_eq!(
            place_for(Some(10), 5, true, 1),
            Place::Waiting,
            "no jumping the queue"
        );
        assert_eq!(place_for(None, 500, true, 10), Place::Confirmed);
    }

    #[test]
    fn promotion_follows_the_waiting_order_and_stops_at_the_first_that_does_not_fit() {
        let waiting = [(1, 2), (2, 3), (3, 1)];
        assert_eq!(promotable(Some(10), 5, &waiting), vec![1, 2]);
        assert_eq!(
            promotable(Some(10), 6, &waiting),
            vec![1],
            "group 2 does not fit; 3 waits behind it"
        );
        assert_eq!(promotable(Some(10), 10, &waiting), Vec::<i64>::new());
        assert_eq!(promotable(None, 10, &waiting), vec![1, 2, 3]);
    }

    /// One sign-up list driven by these rules as the features drive it: a new group goes where
    /// `place_for` says; a cancellation frees its places and `promotable` moves people up.
    #[derive(Default)]
    struct List {
        confirmed: Vec<(i64, i64)>,
        waiting: Vec<(i64, i64)>,
        next_id: i64,
    }

    impl List {
        fn taken(&self) -> i64 {
            self.confirmed.iter().map(|(_, p)| p).sum()
        }

        fn sign_up(&mut self, capacity: Option<i64>, people: i64) {
            self.next_id += 1;
            let group = (self.next_id, people);
            match place_for(capacity, self.taken(), !self.waiting.is_empty(), people) {
                Place::Confirmed => self.confirmed.push(group),
                Place::Waiting => self.waiting.push(group),
            }
        }

        fn cancel(&mut self, capacity: Option<i64>, pick: usize) {
            let all = self.confirmed.len() + self.waiting.len();
            if all == 0 {
                return;
            }
            let pick = pick % all;
            if pick < self.confirmed.len() {
                self.confirmed.remove(pick);
            } else {
                self.waiting.remove(pick - self.confirmed.len());
            }
            let up = promotable(capacity, self.taken(), &self.waiting);
            assert!(
                up.iter().zip(&self.waiting).all(|(a, (b, _))| a == b),
                "promotion takes the head of the list, in order"
            );
            let moved: Vec<_> = self.waiting.drain(..up.len()).collect();
            self.confirmed.extend(moved);
        }
    }

    use proptest::prelude::*;

    proptest! {
        /// Whatever people do, the places are never exceeded, nobody waits while the head of the
        /// list would fit, and the waiting order is kept.
        #[test]
        fn sign_ups_and_cancellations_keep_the_capacity_and_the_order(
            capacity in prop::option::of(1i64..12),
            ops in prop::collection::vec((any::<bool>(), 1i64..5, any::<usize>()), 1..60),
        ) {
            let mut list = List::default();
            for (sign_up, people, pick) in ops {
                if sign_up {
                    list.sign_up(capacity, people);
                } else {
                    list.cancel(capacity, pick);
                }
                if let Some(c) = capacity {
                    prop_assert!(list.taken() <= c, "{} of {c} places taken", list.taken());
                    if let Some((_, head)) = list.waiting.first() {
                        prop_assert!(list.taken() + head > c, "the head of the list would fit");
                    }
                } else {
                    prop_assert!(list.waiting.is_empty(), "no limit, no waiting list");
                }
                prop_assert!(list.waiting.windows(2).all(|w| w[0].0 < w[1].0), "first come, first served");
            }
        }
    }
}
