use super::*;

fn stats(scores: &[i64]) -> Stats {
    let mut s = Stats::default();
    for v in scores {
        s.add(*v);
    }
    s
}

fn q(id: i64, kind: &str, choices: &[&str]) -> Question {
    Question {
        id,
        item: format!("i{id}"),
        kind: kind.into(),
        reverse: false,
        choices: choices.iter().map(|c| c.to_string()).collect(),
    }
}

#[test]
fn answers_out_of_range_or_of_the_wrong_type_are_refused() {
    let scale = q(1, "scale10", &[]);
    assert_eq!(
        validate_answer(&scale, &["7".into()]),
        Ok(Some(Answer::Value(7)))
    );
    assert!(validate_answer(&scale, &["11".into()]).is_err());
    assert!(validate_answer(&scale, &["-1".into()]).is_err());
    assert!(validate_answer(&scale, &["zeven".into()]).is_err());
    assert!(validate_answer(&scale, &["3".into(), "4".into()]).is_err());
    assert_eq!(validate_answer(&scale, &["".into()]), Ok(None));
    let likert = q(2, "likert5", &[]);
    assert!(validate_answer(&likert, &["0".into()]).is_err());
    assert!(validate_answer(&q(3, "yesno", &[]), &["2".into()]).is_err());
    let one = q(4, "choice", &["a", "b"]);
    assert!(validate_answer(&one, &["c".into()]).is_err());
    assert!(validate_answer(&one, &["a".into(), "b".into()]).is_err());
    let multi = q(5, "multi", &["a", "b"]);
    assert_eq!(
        validate_answer(&multi, &["a".into(), "b".into()]),
        Ok(Some(Answer::Choice("a,b".into())))
    );
}

#[test]
fn the_response_keeps_errors_per_question_and_refuses_an_empty_form() {
    let qs = vec![q(1, "scale10", &[]), q(2, "yesno", &[])];
    let buurten = vec!["BU03071000".to_string()];
    let sent = fields(&[("q1".into(), "12".into()), ("buurt".into(), "BU9".into())]);
    let errors = validate_response(&qs, &sent, &buurten).unwrap_err();
    assert_eq!(errors.get("q1"), Some(&"monitor-error-answer-range"));
    assert_eq!(errors.get("buurt"), Some(&"monitor-error-buurt"));
    assert!(validate_response(&qs, &fields(&[]), &buurten).is_err());
    let ok = validate_response(
        &qs,
        &fields(&[
            ("q1".into(), "6".into()),
            ("buurt".into(), "BU03071000".into()),
        ]),
        &buurten,
    )
    .unwrap();
    assert_eq!(ok.answers, vec![(1, Answer::Value(6))]);
}

#[test]
fn cohesion_is_the_mean_of_the_items_with_the_reverse_one_turned_round() {
    let mut a = BTreeMap::new();
    a.insert("cohesion_know".to_string(), (Answer::Value(2), true));
    a.insert("cohesion_pleasant".to_string(), (Answer::Value(8), false));
    a.insert("cohesion_cosy".to_string(), (Answer::Value(6), false));
    assert_eq!(score("cohesion", &a), Some(733));
    a.insert("cohesion_home".to_string(), (Answer::Value(10), false));
    assert_eq!(score("cohesion", &a), Some(800));
    a.remove("cohesion_home");
    a.remove("cohesion_cosy");
    assert_eq!(score("cohesion", &a), None);
}

#[test]
fn a_new_question_needs_a_kind_a_dutch_text_and_choices_for_multiple_choice() {
    let bad = validate_question(&QuestionForm {
        kind: "choice".into(),
        choices: "alleen".into(),
        ..Default::default()
    })
    .unwrap_err();
    assert!(bad.has("text_nl") && bad.has("choices"));
    assert!(validate_question(&QuestionForm {
        kind: "range".into(),
        text_nl: "Vraag".into(),
        ..Default::default()
    })
    .is_err());
    let ok = validate_question(&QuestionForm {
        kind: "text".into(),
        text_nl: "Wat mis je?".into(),
        text_tr: "Neyi özlüyorsun?".into(),
        ..Default::default()
    })
    .unwrap();
    assert_eq!(ok.texts.len(), 2);
}

#[test]
fn the_confidence_interval_narrows_with_more_answers() {
    let few = stats(&[500, 700, 600, 800, 400, 600, 700, 500, 600, 600])
        .estimate()
        .unwrap();
    assert!((few.mean - 6.0).abs() < 1e-9);
    assert!(few.low < 6.0 && few.high > 6.0);
    let many: Vec<i64> = (0..100).map(|i| [500, 700, 600, 800, 400][i % 5]).collect();
    let many = stats(&many).estimate().unwrap();
    assert!(many.high - many.low < few.high - few.low);
    assert_eq!(Stats::default().estimate(), None);
}

/// Tiny deterministic generator (no dependency) for the property test.
struct Lcg(u64);
impl Lcg {
    fn next(&mut self, below: i64) -> i64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) % below as u64) as i64
    }
}

/// The floor, proved over many random municipalities: no shown cell rests on fewer answers than
/// the floor, and the group that the published figures let anyone compute (the municipality
/// minus the shown buurten) is empty or at least the floor — so no hidden cell can be recomputed.
#[test]
fn no_published_value_rests_on_fewer_answers_than_the_floor_nor_lets_one_be_computed() {
    let mut rng = Lcg(7);
    for _ in 0..5_000 {
        let floor = 1 + rng.next(15);
        let buurten: Vec<(String, Stats)> = (0..1 + rng.next(6))
            .map(|i| {
                let n = rng.next(3 * floor);
                let scores: Vec<i64> = (0..n).map(|_| rng.next(1001)).collect();
                (format!("BU{i:08}"), stats(&scores))
            })
            .collect();
        let mut total = Stats::default();
        for (_, s) in &buurten {
            total.merge(s);
        }
        // Some residents gave no buurt.
        total.merge(&stats(&vec![500; rng.next(floor) as usize]));
        let (cells, municipality) = publish_municipality(&buurten, &total, floor);
        let mut shown_n = 0;
        for ((_, s), (_, cell)) in buurten.iter().zip(&cells) {
            if let Some(p) = cell.value() {
                assert!(p.n >= floor && p.n == s.n);
                shown_n += p.n;
            }
        }
        if let Some(p) = municipality.value() {
            assert!(p.n >= floor);
            let rest = p.n - shown_n;
            assert!(
                rest == 0 || rest >= floor,
                "a hidden group of {rest} < {floor}"
            );
        }
    }
}

#[test]
fn one_small_buurt_hides_a_second_one() {
    let s = |n: i64| stats(&vec![600; n as usize]);
    let buurten = vec![
        ("A".to_string(), s(4)),
        ("B".to_string(), s(30)),
        ("C".to_string(), s(12)),
    ];
    let mut total = Stats::default();
    for (_, b) in &buurten {
        total.merge(b);
    }
    let (cells, municipality) = publish_municipality(&buurten, &total, 10);
    assert_eq!(cells[0].1, Cell::Small);
    assert_eq!(
        cells[2].1,
        Cell::Hidden,
        "the smallest shown buurt goes too"
    );
    assert!(cells[1].1.value().is_some());
    assert_eq!(municipality.value().unwrap().n, 46);
    // One buurt and a few answers without a buurt: the buurt is hidden, the municipality shown.
    let single = vec![("A".to_string(), s(20))];
    let mut total = s(20);
    total.merge(&s(3));
    let (cells, municipality) = publish_municipality(&single, &total, 10);
    assert_eq!(cells[0].1, Cell::Hidden);
    assert!(municipality.value().is_some() && municipality.value().unwrap().n == 23);
}

#[test]
fn an_old_code_maps_to_a_current_buurt_only() {
    let known = |c: &str| c == "BU03071000";
    let ok = validate_code_map(" bu03070199 ", "BU03071000", known).unwrap();
    assert_eq!(ok, ("BU03070199".to_string(), "BU03071000".to_string()));
    assert!(validate_code_map("BU03071000", "BU03071000", known)
        .unwrap_err()
        .has("old_code"));
    assert!(validate_code_map("WK030710", "BU03071000", known)
        .unwrap_err()
        .has("old_code"));
    assert!(validate_code_map("BU03070199", "BU03079999", known)
        .unwrap_err()
        .has("new_code"));
}

#[test]
fn residents_are_read_per_line_and_any_bad_line_refuses_the_whole_form() {
    let known = |c: &str| c.starts_with("BU0307") || c == "GM0307";
    let (rows, year) = validate_residents(
        "Codering;Inwoners\nBU03071000;2.450\nbu03071001\t1800\n\n\"GM0307\",160000\n",
        "2025",
        known,
    )
    .unwrap();
    assert_eq!(year, 2025);
    assert_eq!(
        rows,
        vec![
            ("BU03071000".to_string(), 2450),
            ("BU03071001".to_string(), 1800),
            ("GM0307".to_string(), 160_000)
        ]
    );
    // The last number for an area counts.
    let (rows, _) = validate_residents("BU03071000;1\nBU03071000;2", "2025", known).unwrap();
    assert_eq!(rows, vec![("BU03071000".to_string(), 2)]);
    for bad in [
        "BU03071000;2450\nBU99999999;10",
        "BU03071000;-5",
        "BU03071000;twee",
        "BU03071000;1;2",
        "",
    ] {
        let e = validate_residents(bad, "2025", known).unwrap_err();
        assert_eq!(e.get("residents"), Some("monitor-error-residents"), "{bad}");
    }
    let e = validate_residents("BU03071000;2450", "25", known).unwrap_err();
    assert_eq!(e.get("residents_year"), Some("monitor-error-year"));
    assert!(e.get("residents").is_none());
}

#[test]
fn a_rate_per_thousand_needs_residents_and_widens_with_few_records() {
    assert_eq!(publish::per_thousand(10, 0), None);
    assert_eq!(publish::per_thousand(0, 2000), None);
    let few = publish::per_thousand(10, 2000).unwrap();
    assert!((few.mean - 5.0).abs() < 1e-9);
    assert!(few.low < 5.0 && few.high > 5.0 && few.low >= 0.0);
    let many = publish::per_thousand(1000, 200_000).unwrap();
    assert!((many.mean - 5.0).abs() < 1e-9);
    assert!(many.high - many.low < few.high - few.low);
}

#[test]
fn module_rates_keep_the_floor_and_the_secondary_suppression_on_counts() {
    let count = |n: i64| Stats {
        n,
        total: n,
        total_sq: 0,
    };
    let residents = |code: Option<&str>| match code {
        Some("a") => 1000,
        Some("b") => 2000,
        Some(_) => 500,
        None => 10_000,
    };
    // Buurt c has 4 reports: hidden; then the rest (4) could be computed from the total, so the
    // smallest shown buurt goes too.
    let buurten = vec![
        ("a".to_string(), count(12)),
        ("b".to_string(), count(30)),
        ("c".to_string(), count(4)),
    ];
    let (cells, total) = publish_municipality_with(&buurten, &count(46), 10, |code, s| {
        publish::per_thousand(s.n, residents(code))
    });
    assert_eq!(cells[2].1, Cell::Small);
    assert_eq!(cells[0].1, Cell::Hidden);
    match cells[1].1 {
        Cell::Shown(p) => assert!((p.mean - 15.0).abs() < 1e-9),
        other => panic!("b shown, got {other:?}"),
    }
    match total {
        Cell::Shown(p) => assert!((p.mean - 4.6).abs() < 1e-9),
        other => panic!("total shown, got {other:?}"),
    }
}

#[test]
fn every_indicator_has_classes_that_rise_within_its_scale() {
    let module = ModuleIndicator {
        key: "x",
        label: "x",
        about: "x",
        measure: Measure::PerThousand,
        higher_is_better: false,
        per_buurt: true,
        classes: [1.0, 2.0, 3.0, 4.0],
        max: 5.0,
        pillars: &["diversity"],
    };
    let all = all(&[module]);
    assert_eq!(all.len(), INDICATORS.len() + 1);
    let x = all.last().unwrap();
    assert_eq!(
        (x.unit, x.source),
        ("rate", Source::Module(Measure::PerThousand))
    );
    for i in &all {
        assert!(i.classes.windows(2).all(|w| w[0] < w[1]), "{}", i.key);
        assert!(i.classes[3] < i.max, "{}", i.key);
        assert!(!i.pillars.is_empty(), "{}", i.key);
    }
}
