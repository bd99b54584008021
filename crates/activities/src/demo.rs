//! Demo data: Liendert's meeting places and a year of activities (September 2026 to August 2027)
//! with registrations, attendance and feedback. Deterministic: a fixed seed and fixed dates, so
//! both databases and every run get the same agenda. Venues are described, not given invented
//! street addresses.

use crate::model::{
    local_to_utc, series, AgeGroup, Answer, Kind, NewActivity, NewFeedback, NewRegistration,
    NewVenue, RegStatus,
};
use crate::queries;
use kansrijk_kernel::db::Db;
use kansrijk_kernel::i18n::Lang;
use kansrijk_programme::model::Pillar;

/// A small deterministic generator (xorshift), so the demo needs no random-number crate.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: u64) -> i64 {
        (self.next() % n.max(1)) as i64
    }
}

/// Feedback is seeded for activities before this day (the demo's "today").
const FEEDBACK_BEFORE: (&str, &str) = ("2026-11-28", "00:00");

struct Plan {
    kind: Kind,
    venue: usize,
    first: &'static str,
    start: &'static str,
    end: &'static str,
    every_weeks: i64,
    count: i64,
    titles: &'static [(&'static str, &'static str)],
    description: (&'static str, &'static str),
    pillars: &'static [Pillar],
    languages: &'static [&'static str],
    age: AgeGroup,
    capacity: Option<i64>,
    registration: bool,
    cost_cents: i64,
}

/// Name, address (a description), buurt, opening hours, route, and the flags step-free,
/// accessible toilet, hearing loop, parking.
type DemoVenue = (
    &'static str,
    &'static str,
    Option<&'static str>,
    &'static str,
    &'static str,
    [bool; 4],
);

const VENUES: &[DemoVenue] = &[
    (
        "Huis van de Wijk Liendert",
        "Huis van de Wijk, Liendert",
        None,
        "Maandag tot en met vrijdag overdag en op activiteitenavonden.",
        "Vraag bij de ingang naar de zaal van de activiteit. Bussen stoppen in de wijk.",
        [true, true, true, true],
    ),
    (
        "Buurtkamer Zangvogelbuurt",
        "Buurtkamer, Zangvogelbuurt",
        Some("Zangvogelbuurt"),
        "Dinsdag en donderdag.",
        "De buurtkamer is op de begane grond.",
        [true, false, false, false],
    ),
    (
        "Basisschool in Liendert-Zuid",
        "Basisschool, Liendert-Zuid",
        Some("Liendert-Zuid"),
        "Schooldagen; de kinderraad na schooltijd.",
        "Ingang via het schoolplein.",
        [true, true, false, true],
    ),
    (
        "Gymzaal De Horsten",
        "Gymzaal, De Horsten",
        Some("De Horsten"),
        "Avonden en weekend.",
        "Kleedkamers en toilet op de begane grond.",
        [false, false, false, true],
    ),
];

fn plans() -> Vec<Plan> {
    use Pillar::*;
    vec![
        Plan {
            kind: Kind::ChildrensCouncil,
            venue: 2,
            first: "2026-09-02",
            start: "15:00",
            end: "16:00",
            every_weeks: 2,
            count: 26,
            titles: &[("Vreedzame Kinderraad", "Peaceful Children's Council")],
            description: (
                "De kinderraad van Liendert komt om de twee weken bij elkaar. Kinderen uit groep 6 tot en met 8 praten mee over hun wijk en werken aan het Kinderwijkmanifest.",
                "Liendert's children's council meets every two weeks. Children from year 6 to 8 have their say about their neighbourhood and work on the Children's Neighbourhood Manifesto.",
            ),
            pillars: &[TasksResponsibilities, PositiveCommunity],
            languages: &["nl"],
            age: AgeGroup::Children,
            capacity: Some(15),
            registration: false,
            cost_cents: 0,
        },
        Plan {
            kind: Kind::FilmConversation,
            venue: 0,
            first: "2026-09-10",
            start: "19:30",
            end: "21:30",
            every_weeks: 4,
            count: 13,
            titles: &[
                ("Film en gesprek: Thuis in Liendert", "Film and conversation: At home in Liendert"),
                ("Film en gesprek: Buren", "Film and conversation: Neighbours"),
                ("Film en gesprek: Een nieuwe taal", "Film and conversation: A new language"),
                ("Film en gesprek: Opgroeien in twee culturen", "Film and conversation: Growing up in two cultures"),
            ],
            description: (
                "We kijken samen een korte film en praten daarna met elkaar. Over wat je herkent, en over wat je anders ziet. Thee en koffie staan klaar.",
                "We watch a short film together and talk afterwards: about what you recognise and what you see differently. Tea and coffee are ready.",
            ),
            pillars: &[Diversity, PositiveCommunity],
            languages: &["nl", "tr", "ar"],
            age: AgeGroup::Adults,
            capacity: Some(40),
            registration: true,
            cost_cents: 0,
        },
        Plan {
            kind: Kind::Workshop,
            venue: 1,
            first: "2026-09-22",
            start: "19:00",
            end: "21:00",
            every_weeks: 6,
            count: 8,
            titles: &[("Workshop: Als je je buitengesloten voelt", "Workshop: When you feel left out")],
            description: (
                "Een workshop over gevoelens van discriminatie en uitsluiting. Je deelt ervaringen in een kleine groep en oefent hoe je reageert. Ook: waar kun je een melding doen?",
                "A workshop about feelings of discrimination and exclusion. Share experiences in a small group and practise how to respond. Also: where can you report it?",
            ),
            pillars: &[Diversity, ConflictMediation],
            languages: &["nl", "en"],
            age: AgeGroup::Adults,
            capacity: Some(16),
            registration: true,
            cost_cents: 0,
        },
        Plan {
            kind: Kind::ExpertTalk,
            venue: 0,
            first: "2026-10-05",
            start: "20:00",
            end: "21:30",
            every_weeks: 13,
            count: 4,
            titles: &[("Ervaringsdeskundigen vertellen", "Experts by experience tell their story")],
            description: (
                "Mensen uit de wijk vertellen over hun eigen ervaring met uitsluiting, en hoe zij er mee omgaan. Daarna is er ruimte voor vragen.",
                "People from the neighbourhood talk about their own experience of exclusion and how they deal with it. Afterwards there is time for questions.",
            ),
            pillars: &[Diversity],
            languages: &["nl", "ngt"],
            age: AgeGroup::All,
            capacity: Some(30),
            registration: true,
            cost_cents: 0,
        },
        Plan {
            kind: Kind::TrainingSession,
            venue: 0,
            first: "2026-11-17",
            start: "09:30",
            end: "12:30",
            every_weeks: 8,
            count: 3,
            titles: &[("Training Cultuursensitief werken", "Training: Working in a culturally sensitive way")],
            description: (
                "Voor vrijwilligers en professionals in de wijk. Met een trainer en een trainingsacteur oefen je met situaties uit je eigen werk.",
                "For volunteers and professionals in the neighbourhood. With a trainer and a training actor you practise situations from your own work.",
            ),
            pillars: &[Diversity, ConflictMediation],
            languages: &["nl"],
            age: AgeGroup::Adults,
            capacity: Some(12),
            registration: true,
            cost_cents: 0,
        },
        Plan {
            kind: Kind::CulturalFestival,
            venue: 0,
            first: "2027-06-12",
            start: "12:00",
            end: "18:00",
            every_weeks: 0,
            count: 1,
            titles: &[("Festival Liendert voor iedereen", "Festival Liendert for everyone")],
            description: (
                "Muziek, eten en verhalen uit alle culturen van de wijk. Voor jong en oud. Je hoeft je niet aan te melden: loop gewoon binnen.",
                "Music, food and stories from all the cultures of the neighbourhood. For young and old. No need to sign up: just drop in.",
            ),
            pillars: &[PositiveCommunity, Diversity],
            languages: &["nl", "en", "tr", "ar", "pl"],
            age: AgeGroup::All,
            capacity: None,
            registration: false,
            cost_cents: 0,
        },
        Plan {
            kind: Kind::Workshop,
            venue: 3,
            first: "2027-03-20",
            start: "10:00",
            end: "12:00",
            every_weeks: 0,
            count: 1,
            titles: &[("Koken uit de hele wereld", "Cooking from around the world")],
            description: (
                "Samen koken en eten met buren. We betalen samen de boodschappen.",
                "Cooking and eating together with neighbours. We share the cost of the groceries.",
            ),
            pillars: &[PositiveCommunity],
            languages: &["nl", "pl", "tr"],
            age: AgeGroup::All,
            capacity: Some(20),
            registration: true,
            cost_cents: 350,
        },
    ]
}

const INITIALS: &[&str] = &[
    "A.B.",
    "Fatima",
    "M. de V.",
    "Yusuf",
    "K.",
    "Anna",
    "S.Y.",
    "Piotr",
    "Noor",
    "J. van D.",
    "Hatice",
    "R.",
    "Ewa",
    "Mo",
    "L.K.",
    "Samira",
    "T.",
    "Emre",
    "I.",
    "Sanne",
];

/// Creates the demo venues and, once, the demo year of activities.
pub async fn seed(db: &Db) -> anyhow::Result<()> {
    // The demo's venues and activities belong to the Huis van de Wijk (made by the demo accounts
    // first; without it they are the programme's own).
    let organisation: Option<i64> =
        sqlx::query_scalar("SELECT id FROM organisations WHERE name = 'Huis van de Wijk Liendert'")
            .fetch_optional(&db.pool)
            .await?;
    let venue_ids = seed_venues(db, organisation).await?;
    let existing: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM activities")
        .fetch_one(&db.pool)
        .await?;
    if existing > 0 {
        return Ok(());
    }
    let approach: Option<i64> =
        sqlx::query_scalar("SELECT id FROM approaches WHERE slug = 'liendert-voor-iedereen'")
            .fetch_optional(&db.pool)
            .await?;
    let feedback_before = local_to_utc(FEEDBACK_BEFORE.0, FEEDBACK_BEFORE.1).unwrap_or_default();
    let mut rng = Rng(0x2026_1128_0500_u64);
    for plan in plans() {
        let start = local_to_utc(plan.first, plan.start).unwrap_or_default();
        let end = local_to_utc(plan.first, plan.end).unwrap_or_default();
        let mut a = NewActivity {
            texts: vec![],
            kind: plan.kind,
            pillars: plan.pillars.to_vec(),
            approach_id: approach,
            venue_id: venue_ids.get(plan.venue).copied(),
            online_url: None,
            starts_at: start,
            ends_at: end,
            repeat_weeks: plan.every_weeks,
            repeat_count: plan.count,
            organisation_id: organisation,
            contact_name: "Team Huis van de Wijk".into(),
            languages: plan.languages.iter().map(|l| l.to_string()).collect(),
            cost_cents: plan.cost_cents,
            age_group: plan.age,
            capacity: plan.capacity,
            registration_required: plan.registration,
        };
        a.texts = texts(&plan, 0);
        // One series through the organisers' query; occurrences with another title get it as an
        // organiser would, by editing.
        let ids = queries::create_activity(db, &a).await?;
        let times = series(start, end, plan.every_weeks, plan.count);
        for (n, (id, (s, e))) in ids.into_iter().zip(times).enumerate() {
            if n % plan.titles.len() != 0 {
                a.texts = texts(&plan, n);
                (a.starts_at, a.ends_at) = (s, e);
                queries::update_activity(db, id, &a).await?;
            }
            let past = s < feedback_before;
            seed_registrations(db, &mut rng, &plan, id, s, past).await?;
            if past {
                seed_feedback(db, &mut rng, id, e).await?;
            }
        }
    }
    Ok(())
}

/// The demo venues (again on every run, so changes to them arrive); their ids in order.
async fn seed_venues(db: &Db, organisation: Option<i64>) -> anyhow::Result<Vec<i64>> {
    let buurten = queries::buurten(db).await?;
    let mut venue_ids = vec![];
    for (name, address, buurt, hours, route, flags) in VENUES {
        let area_id = buurt.and_then(|b| buurten.iter().find(|(_, n)| n == b).map(|(id, _)| *id));
        venue_ids.push(
            queries::upsert_venue(
                db,
                &NewVenue {
                    name: name.to_string(),
                    address: address.to_string(),
                    area_id,
                    opening_hours: hours.to_string(),
                    route: route.to_string(),
                    step_free: flags[0],
                    accessible_toilet: flags[1],
                    hearing_loop: flags[2],
                    parking: flags[3],
                    organisation_id: organisation,
                },
            )
            .await?
            .ok_or_else(|| anyhow::anyhow!("demo venue {name} belongs to another organisation"))?,
        );
    }
    Ok(venue_ids)
}

/// The texts of the `n`th occurrence of a plan, in every language the demo has.
fn texts(plan: &Plan, n: usize) -> Vec<(Lang, String, String)> {
    let (nl, en) = plan.titles[n % plan.titles.len()];
    [
        (Lang::Nl, nl, plan.description.0),
        (Lang::En, en, plan.description.1),
    ]
    .into_iter()
    .chain(other_texts(nl))
    .map(|(l, t, d)| (l, t.to_string(), d.to_string()))
    .collect()
}

/// A few groups, up to the capacity; the rest waits. In the past most people came.
async fn seed_registrations(
    db: &Db,
    rng: &mut Rng,
    plan: &Plan,
    id: i64,
    starts_at: i64,
    past: bool,
) -> anyhow::Result<()> {
    let groups = 3 + rng.below(8);
    let mut taken = 0;
    for g in 0..groups {
        let people = 1 + rng.below(3);
        let status = match plan.capacity {
            Some(c) if taken + people > c => RegStatus::Waiting,
            _ => RegStatus::Confirmed,
        };
        if status == RegStatus::Confirmed {
            taken += people;
        }
        let needs = rng.below(10);
        let r = NewRegistration {
            name: INITIALS[rng.below(INITIALS.len() as u64) as usize].to_string(),
            email: None,
            phone: None,
            people,
            interpreter: needs == 0,
            interpreter_lang: if needs == 0 { "Arabisch" } else { "" }.to_string(),
            sign_language: false,
            wheelchair: needs == 1,
            childcare: needs == 2,
            other_needs: String::new(),
            idempotency_key: format!("demo-{id}-{g}"),
        };
        let created = starts_at - (20 - g) * 86400;
        let reg = queries::record_registration(db, id, &r, status, created).await?;
        if past && status == RegStatus::Confirmed && rng.below(5) > 0 {
            queries::set_checked_in(db, id, reg, true).await?;
        }
    }
    if past {
        queries::set_walk_ins(db, id, rng.below(6)).await?;
    }
    Ok(())
}

/// A handful of answers an hour after the end, one with a comment.
async fn seed_feedback(db: &Db, rng: &mut Rng, id: i64, ends_at: i64) -> anyhow::Result<()> {
    let answers = [Answer::Yes, Answer::Yes, Answer::Somewhat, Answer::No];
    for f in 0..(2 + rng.below(8)) {
        let mut pick = || answers[rng.below(4) as usize];
        let feedback = NewFeedback {
            answers: [pick(), pick(), pick()],
            comment: if f == 0 {
                "Fijn om buren te ontmoeten."
            } else {
                ""
            }
            .to_string(),
        };
        queries::add_feedback(db, id, &feedback, ends_at + 3600).await?;
    }
    Ok(())
}

const FILM_TR: &str = "Birlikte kısa bir film izliyor, sonra sohbet ediyoruz: tanıdığınız ve farklı gördüğünüz şeyler hakkında. Çay ve kahve hazır.";
const FILM_AR: &str = "نشاهد معًا فيلمًا قصيرًا ثم نتحدث: عمّا تعرفه من تجربتك وعمّا تراه بشكل مختلف. الشاي والقهوة جاهزان.";
const FILM_PL: &str = "Oglądamy razem krótki film, a potem rozmawiamy: o tym, co znasz, i o tym, co widzisz inaczej. Herbata i kawa czekają.";

/// The demo texts in Turkish, Arabic and Polish, by Dutch title.
fn other_texts(nl_title: &str) -> Vec<(Lang, &'static str, &'static str)> {
    let (tr, ar, pl) = match nl_title {
        "Vreedzame Kinderraad" => (
            ("Barışçıl Çocuk Meclisi", "Liendert çocuk meclisi iki haftada bir toplanır. 6, 7 ve 8. sınıflardaki çocuklar mahalleleri hakkında fikir söyler ve Çocuk Mahalle Manifestosu üzerinde çalışır."),
            ("مجلس الأطفال السلمي", "يجتمع مجلس أطفال ليندرت كل أسبوعين. يشارك أطفال الصفوف من السادس إلى الثامن برأيهم في حيّهم ويعملون على بيان أطفال الحي."),
            ("Pokojowa Rada Dzieci", "Rada dzieci z Liendert spotyka się co dwa tygodnie. Dzieci z klas 6–8 mówią o swoim osiedlu i pracują nad Manifestem Dzieci Dzielnicy."),
        ),
        "Film en gesprek: Thuis in Liendert" => (("Film ve sohbet: Liendert'te evimde", FILM_TR), ("فيلم وحوار: في بيتي في ليندرت", FILM_AR), ("Film i rozmowa: W domu w Liendert", FILM_PL)),
        "Film en gesprek: Buren" => (("Film ve sohbet: Komşular", FILM_TR), ("فيلم وحوار: الجيران", FILM_AR), ("Film i rozmowa: Sąsiedzi", FILM_PL)),
        "Film en gesprek: Een nieuwe taal" => (("Film ve sohbet: Yeni bir dil", FILM_TR), ("فيلم وحوار: لغة جديدة", FILM_AR), ("Film i rozmowa: Nowy język", FILM_PL)),
        "Film en gesprek: Opgroeien in twee culturen" => (("Film ve sohbet: İki kültürde büyümek", FILM_TR), ("فيلم وحوار: النشأة بين ثقافتين", FILM_AR), ("Film i rozmowa: Dorastanie w dwóch kulturach", FILM_PL)),
        "Workshop: Als je je buitengesloten voelt" => (
            ("Atölye: Kendinizi dışlanmış hissettiğinizde", "Ayrımcılık ve dışlanma duyguları üzerine bir atölye. Küçük bir grupta deneyimlerinizi paylaşır, nasıl tepki vereceğinizi çalışırsınız. Ayrıca: nereye bildirebilirsiniz?"),
            ("ورشة عمل: عندما تشعر بالإقصاء", "ورشة عمل حول الشعور بالتمييز والإقصاء. تشارك تجاربك في مجموعة صغيرة وتتدرّب على كيفية الرد. وأيضًا: أين يمكنك الإبلاغ؟"),
            ("Warsztat: Kiedy czujesz się wykluczony(-a)", "Warsztat o poczuciu dyskryminacji i wykluczenia. Dzielisz się doświadczeniami w małej grupie i ćwiczysz, jak reagować. Także: gdzie możesz to zgłosić?"),
        ),
        "Ervaringsdeskundigen vertellen" => (
            ("Deneyim sahipleri anlatıyor", "Mahalleden insanlar dışlanmayla ilgili kendi deneyimlerini ve bununla nasıl başa çıktıklarını anlatıyor. Sonra soru sorabilirsiniz."),
            ("أصحاب التجربة يروون", "أشخاص من الحي يتحدثون عن تجربتهم الخاصة مع الإقصاء وكيف يتعاملون معها. بعد ذلك هناك وقت للأسئلة."),
            ("Opowieści osób z doświadczeniem", "Mieszkańcy dzielnicy opowiadają o własnym doświadczeniu wykluczenia i o tym, jak sobie z nim radzą. Potem jest czas na pytania."),
        ),
        "Training Cultuursensitief werken" => (
            ("Eğitim: Kültüre duyarlı çalışmak", "Mahalledeki gönüllüler ve profesyoneller için. Bir eğitmen ve bir eğitim oyuncusuyla kendi işinizden durumlar üzerinde çalışırsınız."),
            ("تدريب: العمل بحساسية ثقافية", "للمتطوعين والمهنيين في الحي. تتدرّب مع مدرّب وممثل تدريبي على مواقف من عملك."),
            ("Szkolenie: Praca z wrażliwością kulturową", "Dla wolontariuszy i profesjonalistów w dzielnicy. Z trenerem i aktorem szkoleniowym ćwiczysz sytuacje z własnej pracy."),
        ),
        "Festival Liendert voor iedereen" => (
            ("Festival: Herkes için Liendert", "Mahallenin tüm kültürlerinden müzik, yemek ve hikâyeler. Genç yaşlı herkes için. Kayıt gerekmez: gelmeniz yeterli."),
            ("مهرجان ليندرت للجميع", "موسيقى وطعام وحكايات من كل ثقافات الحي. للصغار والكبار. لا حاجة للتسجيل: تعال فقط."),
            ("Festiwal Liendert dla wszystkich", "Muzyka, jedzenie i opowieści ze wszystkich kultur dzielnicy. Dla młodszych i starszych. Nie trzeba się zapisywać: po prostu przyjdź."),
        ),
        "Koken uit de hele wereld" => (
            ("Dünyanın dört bir yanından yemekler", "Komşularla birlikte yemek pişirip yiyoruz. Alışverişin masrafını birlikte paylaşıyoruz."),
            ("طبخ من كل أنحاء العالم", "نطبخ ونأكل معًا مع الجيران. نتقاسم تكلفة المشتريات."),
            ("Gotowanie z całego świata", "Wspólne gotowanie i jedzenie z sąsiadami. Koszt zakupów dzielimy razem."),
        ),
        _ => return vec![],
    };
    vec![
        (Lang::Tr, tr.0, tr.1),
        (Lang::Ar, ar.0, ar.1),
        (Lang::Pl, pl.0, pl.1),
    ]
}
