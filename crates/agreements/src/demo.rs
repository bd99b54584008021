//! Demo data: the charter "Zó willen we samenleven" with agreements for all four pillars in five
//! languages and two versions, proposals in discussion (comments, a reply, a flagged comment and
//! a hidden one, supports from verified residents), a declined proposal with its reason, and the
//! partner organisations' signatures with concrete commitments. Runs once (skipped when a
//! charter exists). Demo people have no password: they cannot log in.

use crate::model::{NewProposal, Outcome};
use crate::queries::{self, Decision};
use kansrijk_kernel::accounts::{model::UserStatus, queries as accounts};
use kansrijk_kernel::db::{is_unique_violation, Db};
use kansrijk_kernel::i18n::Lang;
use kansrijk_programme::model::Pillar;

type Texts = [&'static str; 5];

/// The agreements of the first version, per pillar: nl, en, tr, ar, pl.
const FIRST: &[(Pillar, Texts)] = &[
    (
        Pillar::PositiveCommunity,
        [
            "We groeten elkaar op straat, ook als we elkaar niet kennen.",
            "We greet each other in the street, even if we do not know each other.",
            "Sokakta birbirimizi selamlarız, tanımasak bile.",
            "نُلقي التحية على بعضنا في الشارع، حتى لو لم نكن نعرف بعضنا.",
            "Pozdrawiamy się na ulicy, nawet jeśli się nie znamy.",
        ],
    ),
    (
        Pillar::PositiveCommunity,
        [
            "Nieuwe buren heten we welkom.",
            "We welcome new neighbours.",
            "Yeni komşularımıza hoş geldin deriz.",
            "نرحّب بالجيران الجدد.",
            "Witamy nowych sąsiadów.",
        ],
    ),
    (
        Pillar::PositiveCommunity,
        [
            "We vragen hoe het gaat als we iemand lang niet zien.",
            "We ask how someone is doing when we have not seen them for a long time.",
            "Uzun süre görmediğimiz birine nasıl olduğunu sorarız.",
            "نسأل عن حال من لم نره منذ مدة طويلة.",
            "Pytamy, co słychać, gdy długo kogoś nie widzimy.",
        ],
    ),
    (
        Pillar::ConflictMediation,
        [
            "Bij ruzie praten we eerst met elkaar, niet over elkaar.",
            "When we disagree, we first talk with each other, not about each other.",
            "Bir anlaşmazlıkta önce birbirimizle konuşuruz, birbirimiz hakkında değil.",
            "عند الخلاف نتحدث أولًا مع بعضنا، لا عن بعضنا.",
            "Gdy się kłócimy, najpierw rozmawiamy ze sobą, a nie o sobie.",
        ],
    ),
    (
        Pillar::ConflictMediation,
        [
            "We luisteren naar elkaar en laten elkaar uitpraten.",
            "We listen to each other and let each other finish.",
            "Birbirimizi dinleriz ve sözümüzü kesmeyiz.",
            "نستمع إلى بعضنا ونترك كل شخص يُكمل كلامه.",
            "Słuchamy się nawzajem i pozwalamy sobie dokończyć.",
        ],
    ),
    (
        Pillar::ConflictMediation,
        [
            "Komen we er samen niet uit, dan vragen we hulp aan buurtbemiddeling.",
            "If we cannot solve it together, we ask neighbourhood mediation for help.",
            "Birlikte çözemezsek mahalle arabuluculuğundan yardım isteriz.",
            "إذا لم نجد حلًّا معًا، نطلب المساعدة من وساطة الحي.",
            "Jeśli sami nie dojdziemy do porozumienia, prosimy o pomoc mediację sąsiedzką.",
        ],
    ),
    (
        Pillar::TasksResponsibilities,
        [
            "We houden de straat en het speelveld samen schoon.",
            "Together we keep the street and the playground clean.",
            "Sokağı ve oyun alanını birlikte temiz tutarız.",
            "نحافظ معًا على نظافة الشارع والملعب.",
            "Razem dbamy o czystość ulicy i boiska.",
        ],
    ),
    (
        Pillar::TasksResponsibilities,
        [
            "Kinderen en jongeren denken mee over hun wijk, bijvoorbeeld in de kinderraad.",
            "Children and young people have a say in their neighbourhood, for example in the children's council.",
            "Çocuklar ve gençler, örneğin çocuk meclisinde, mahalleleri hakkında fikir söyler.",
            "يشارك الأطفال والشباب في التفكير في حيّهم، مثلًا في مجلس الأطفال.",
            "Dzieci i młodzież współdecydują o swojej dzielnicy, na przykład w radzie dzieci.",
        ],
    ),
    (
        Pillar::TasksResponsibilities,
        [
            "Na tien uur 's avonds zijn we stil op straat en in de portiek.",
            "After ten in the evening we are quiet in the street and in the stairwell.",
            "Akşam saat ondan sonra sokakta ve apartman girişinde sessiz oluruz.",
            "بعد الساعة العاشرة مساءً نلتزم الهدوء في الشارع وعلى الدرج.",
            "Po dziesiątej wieczorem zachowujemy ciszę na ulicy i na klatce schodowej.",
        ],
    ),
    (
        Pillar::Diversity,
        [
            "Iedereen hoort erbij, wat je afkomst, geloof of inkomen ook is.",
            "Everyone belongs, whatever their origin, faith or income.",
            "Kökeni, inancı ya da geliri ne olursa olsun herkes bu mahalleye aittir.",
            "الجميع ينتمي إلينا، مهما كان أصله أو دينه أو دخله.",
            "Każdy tu należy, bez względu na pochodzenie, wiarę czy dochody.",
        ],
    ),
    (
        Pillar::Diversity,
        [
            "Zien of horen we discriminatie, dan zeggen we er iets van of melden we het.",
            "If we see or hear discrimination, we speak up or report it.",
            "Ayrımcılık görür ya da duyarsak sesimizi yükseltir veya bildiririz.",
            "إذا رأينا تمييزًا أو سمعنا به، نتكلم عنه أو نبلّغ عنه.",
            "Gdy widzimy lub słyszymy dyskryminację, reagujemy albo ją zgłaszamy.",
        ],
    ),
];

/// Adopted from a proposal: the second version.
const ADOPTED: Texts = [
    "We zijn nieuwsgierig naar elkaars feesten en gewoonten.",
    "We are curious about each other's celebrations and customs.",
    "Birbirimizin bayramlarını ve geleneklerini merak ederiz.",
    "نهتم بالتعرّف على أعياد وعادات بعضنا.",
    "Jesteśmy ciekawi swoich świąt i zwyczajów.",
];

/// Demo residents: full name, the name they chose for public pages (if any), verified resident
/// of Liendert. Public pages show "Amina B." and so on: full names only under /beheer.
const PEOPLE: &[(&str, Option<&str>, bool)] = &[
    ("Amina Bakkali", None, true),
    ("Henk de Vries", None, true),
    ("Fatma Yılmaz", None, true),
    ("Piotr Kowalski", None, false),
    ("Sanne Jansen", None, true),
    ("Youssef El Idrissi", None, false),
    ("Marja Tol", None, true),
    ("Lisa Verbeek", Some("Lisa, begeleider kinderraad"), false),
];

/// A commitment and the coordinator's review note, if it was reviewed.
type Commitment = (&'static str, Option<&'static str>);

/// Partners that signed (name, kind), with their commitments.
const PARTNERS: &[(&str, &str, &[Commitment])] = &[
    (
        "Basisschool in Liendert",
        "school",
        &[
            (
                "Al onze leerkrachten volgen vóór de zomer de training Cultuursensitief werken.",
                Some("Twaalf van de veertien leerkrachten hebben de training gedaan; de rest in juni."),
            ),
            (
                "In elke groep hangen de afspraken, en de leerlingmediatoren helpen op het schoolplein.",
                None,
            ),
        ],
    ),
    (
        "Wijkteam Liendert",
        "welfare",
        &[(
            "Bij elk kennismakingsbezoek aan nieuwe bewoners bespreken we de afspraken.",
            Some("Gebeurt bij alle bezoeken sinds september."),
        )],
    ),
    (
        "Huis van de Wijk Liendert",
        "welfare",
        &[(
            "De afspraken hangen als poster bij de ingang, in vijf talen.",
            None,
        )],
    ),
    (
        "Politie, wijkagenten Liendert",
        "police",
        &[(
            "De wijkagenten houden elke maand een spreekuur in het Huis van de Wijk.",
            None,
        )],
    ),
    (
        "Woningcorporatie in Liendert",
        "housing",
        &[(
            "Nieuwe huurders krijgen de afspraken samen met hun sleutel.",
            None,
        )],
    ),
];

fn texts(t: &Texts) -> Vec<(Lang, String)> {
    [Lang::Nl, Lang::En, Lang::Tr, Lang::Ar, Lang::Pl]
        .into_iter()
        .zip(t.iter())
        .map(|(l, s)| (l, s.to_string()))
        .collect()
}

async fn organisation(db: &Db, name: &str, kind: &str) -> anyhow::Result<i64> {
    if let Some(id) = queries::organisation_by_name(db, name).await? {
        return Ok(id);
    }
    match accounts::create_organisation(db, name, kind).await {
        Ok(id) => Ok(id),
        Err(e) if is_unique_violation(&e) => queries::organisation_by_name(db, name)
            .await?
            .ok_or_else(|| anyhow::anyhow!("organisation {name} vanished")),
        Err(e) => Err(e.into()),
    }
}

async fn person(
    db: &Db,
    n: usize,
    name: &str,
    display_name: Option<&str>,
    verified: bool,
) -> anyhow::Result<i64> {
    let email = format!("bewoner{}.afspraken@demo.invalid", n + 1);
    if let Some(u) = accounts::user_by_email(db, &email).await? {
        return Ok(u.id);
    }
    let id = accounts::create_user(
        db,
        &accounts::NewUser {
            email: &email,
            name,
            lang: "nl",
            status: UserStatus::Active,
            organisation_id: None,
            password_hash: None,
        },
    )
    .await?;
    accounts::set_verified_resident(db, id, verified).await?;
    kansrijk_kernel::accounts::display_name::set(db, id, display_name).await?;
    Ok(id)
}

/// Adds the demo charter, proposals and signatures (once).
pub async fn seed(db: &Db) -> anyhow::Result<()> {
    if queries::latest_version(db).await?.is_some() {
        return Ok(());
    }
    queries::set_threshold(db, 5).await?;
    let mut people = vec![];
    for (n, (name, display_name, verified)) in PEOPLE.iter().enumerate() {
        let id = person(db, n, name, *display_name, *verified).await?;
        people.push((id, *verified));
    }
    let steering = people[6].0;
    let day = 24 * 3600;
    let start = kansrijk_kernel::db::now() - 160 * day;
    for (pillar, t) in FIRST {
        queries::add_agreement(db, *pillar, &texts(t), start).await?;
    }
    queries::snapshot(
        db,
        "Eerste versie: vastgesteld door de stuurgroep na drie buurtavonden en gesprekken op de scholen.",
    )
    .await?;

    // Adopted: the second version of the charter.
    let adopted = queries::create_proposal(
        db,
        people[2].0,
        &NewProposal {
            title: ADOPTED[0].into(),
            explanation: "In Liendert wonen mensen uit veel landen. Als we elkaar uitnodigen voor Suikerfeest, Kerst of Divali, leren we elkaar kennen. Dan worden verschillen gewoon.".into(),
            pillar: Pillar::Diversity,
            area_id: None,
            on_behalf_of: String::new(),
        },
    )
    .await?;
    for (id, verified) in &people[..6] {
        queries::support(db, adopted, *id, *verified).await?;
    }
    queries::add_comment(
        db,
        adopted,
        None,
        people[1].0,
        "Goed idee. In de Zangvogelbuurt doen we dit al met Koningsdag.",
    )
    .await?;
    queries::decide(
        db,
        adopted,
        &Decision {
            outcome: Outcome::Adopt,
            reason: "Veel steun uit alle buurten. Past goed bij de pijler omgaan met verschillen.",
            by: steering,
            texts: &texts(&ADOPTED),
            merge_into: None,
        },
    )
    .await?;

    // In discussion: with a reply, a flagged comment and a hidden one.
    let containers = queries::create_proposal(
        db,
        people[0].0,
        &NewProposal {
            title: "We zetten de containers op tijd buiten en weer binnen.".into(),
            explanation: "Containers die dagen op de stoep staan, zijn lelijk en gevaarlijk voor mensen met een rollator of kinderwagen. Wie het niet kan, vraagt een buur om hulp.".into(),
            pillar: Pillar::TasksResponsibilities,
            area_id: None,
            on_behalf_of: String::new(),
        },
    )
    .await?;
    for (id, verified) in &people[1..4] {
        queries::support(db, containers, *id, *verified).await?;
    }
    let first = queries::add_comment(
        db,
        containers,
        None,
        people[3].0,
        "Eens. Misschien kan de woningcorporatie een briefje in meer talen maken over de ophaaldagen?",
    )
    .await?;
    queries::add_comment(
        db,
        containers,
        Some(first),
        people[4].0,
        "Goed plan. Ik help graag met de Poolse vertaling.",
    )
    .await?;
    let rude = queries::add_comment(
        db,
        containers,
        None,
        people[5].0,
        "Het zijn altijd dezelfde mensen op nummer 12 die er een rommel van maken.",
    )
    .await?;
    queries::flag_comment(db, rude, people[0].0, "Wijst buren aan.").await?;
    queries::flag_comment(db, rude, people[4].0, "").await?;
    queries::hide_comment(
        db,
        rude,
        steering,
        "Deze reactie wijst buren aan. Praat liever met hen, of vraag buurtbemiddeling om hulp.",
    )
    .await?;

    let mediators = queries::create_proposal(
        db,
        people[7].0,
        &NewProposal {
            title: "Op elk schoolplein helpen leerlingmediatoren bij ruzie.".into(),
            explanation: "De kinderraad wil dat kinderen ruzies zelf leren oplossen. Leerlingmediatoren hebben een hesje en weten wat ze moeten doen.".into(),
            pillar: Pillar::ConflictMediation,
            area_id: None,
            on_behalf_of: "Kinderraad Liendert".into(),
        },
    )
    .await?;
    for (id, verified) in &people[..5] {
        queries::support(db, mediators, *id, *verified).await?;
    }
    let party = queries::create_proposal(
        db,
        people[1].0,
        &NewProposal {
            title: "Elk jaar een buurtmaaltijd met gerechten uit alle landen van de wijk.".into(),
            explanation:
                "Eten verbindt. Iedereen neemt iets mee. Het Huis van de Wijk kan de ruimte geven."
                    .into(),
            pillar: Pillar::PositiveCommunity,
            area_id: None,
            on_behalf_of: String::new(),
        },
    )
    .await?;
    queries::support(db, party, people[2].0, true).await?;
    queries::support(db, party, people[1].0, true).await?;
    let flagged = queries::add_comment(
        db,
        party,
        None,
        people[3].0,
        "Leuk, maar wie betaalt dat? Altijd hetzelfde clubje dat het organiseert.",
    )
    .await?;
    queries::flag_comment(db, flagged, people[2].0, "Een beetje onaardig.").await?;

    let app = queries::create_proposal(
        db,
        people[5].0,
        &NewProposal {
            title: "Alle bewoners moeten de buurtapp gebruiken.".into(),
            explanation: "Dan weet iedereen wat er speelt.".into(),
            pillar: Pillar::TasksResponsibilities,
            area_id: None,
            on_behalf_of: String::new(),
        },
    )
    .await?;
    queries::decide(
        db,
        app,
        &Decision {
            outcome: Outcome::Decline,
            reason: "Een afspraak kan niemand verplichten een app te gebruiken. Niet iedereen heeft een smartphone. Het idee komt wel in de nieuwsbrief.",
            by: steering,
            texts: &[],
            merge_into: None,
        },
    )
    .await?;

    let version = queries::latest_version(db)
        .await?
        .map(|v| v.number)
        .unwrap_or(1);
    for (name, kind, commitments) in PARTNERS {
        let org = organisation(db, name, kind).await?;
        for (text, review) in commitments.iter() {
            let id = queries::sign(db, org, version, None, text).await?;
            if let Some(note) = review {
                queries::review_commitment(db, id, note).await?;
            }
        }
    }
    // Demo people cannot read mail: they follow nothing, so the demo's events mail nobody.
    for (proposal, (author, _)) in [
        (adopted, people[2]),
        (containers, people[0]),
        (mediators, people[7]),
        (party, people[1]),
        (app, people[5]),
    ] {
        queries::unfollow(db, proposal, author).await?;
    }
    Ok(())
}
