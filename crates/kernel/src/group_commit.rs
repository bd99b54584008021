//! Group commit: writes that queue in the same lane share one transaction.
//!
//! Every sign-up for an activity locks the activity's row for the capacity check. On PostgreSQL
//! that lock is held until the commit has been flushed to disk, so sign-ups for one activity go
//! one flush at a time (about 1,000 a second here, however many people press the button at
//! once). With a [`GroupCommit`] the writes that arrive while one transaction runs wait in a
//! queue per lane (on PostgreSQL: the row they lock) and go together in the next transaction:
//! one lock, one flush. Each writer is still answered only after the commit that holds its write,
//! and a batch that fails is run again one item at a time, so one bad item never fails the
//! others.
//!
//! On SQLite, which has one writer at a time, every lane is the same lane: all writes of a kind
//! queue together (sign-ups for any activity, any report). A profile of SQLite writes showed the
//! machine a third idle while the writers waited at the write gate, each with its own BEGIN and
//! COMMIT and a hand-over of the gate; in a batch the whole queue pays for those once.
//!
//! The queue lives in this process: with several instances each groups its own writers, and the
//! row lock still puts the instances' transactions in order.

use crate::db::{Backend, Db};
use std::collections::HashMap;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use tokio::sync::oneshot;

/// The lanes a kind of write is spread over on PostgreSQL, for writes that need no lane of
/// their own: this many batches of one kind may run at the same time. More lanes mean smaller
/// batches (more commits, more CPU per write); fewer mean more waiting behind one batch.
/// Measured in BENCHMARKS.md (session 14) with sign-ups spread over 200 activities.
pub const LANES: i64 = 4;

/// The future of one batch: a result for every item, in the items' order.
pub type BatchFuture<'a, R> = Pin<Box<dyn Future<Output = sqlx::Result<Vec<R>>> + Send + 'a>>;

/// What a queue does with its items: all of them in one transaction.
pub trait Batch: Send + Sync + 'static {
    type Item: Send + Sync + 'static;
    type Output: Send + 'static;
    /// The most items in one transaction; the next batch waits for the lock that long.
    const MAX: usize = 32;
    /// Writes `items` in one transaction and gives one output per item, in order. The items
    /// may belong to different lanes (on SQLite all lanes are one): a batch that locks rows
    /// locks them in a fixed order, so two batches never wait for each other in a circle.
    fn run<'a>(db: &'a Db, items: &'a [Self::Item]) -> BatchFuture<'a, Self::Output>;
}

type Waiter<B> = (
    <B as Batch>::Item,
    oneshot::Sender<sqlx::Result<<B as Batch>::Output>>,
);
/// A queue exists exactly while a task drains it: (database, lane).
type QueueMap<B> = HashMap<(usize, i64), Vec<Waiter<B>>>;
type Queues<B> = Mutex<QueueMap<B>>;

/// The queues of one kind of write; keep one in a `static` (see the activities' sign-ups).
pub struct GroupCommit<B: Batch> {
    queues: Arc<Queues<B>>,
}

impl<B: Batch> Default for GroupCommit<B> {
    fn default() -> Self {
        GroupCommit {
            queues: Arc::new(Mutex::new(HashMap::new())),
        }
    }
}

impl<B: Batch> GroupCommit<B> {
    /// Queues `item` in `lane` and waits until the transaction that holds it has committed (or
    /// failed). Lanes are queues that may run at the same time on PostgreSQL: writes that lock
    /// the same row belong in one lane. On SQLite the lane is ignored.
    pub async fn submit(&self, db: &Db, lane: i64, item: B::Item) -> sqlx::Result<B::Output> {
        let (done, answer) = oneshot::channel();
        let lane = if db.backend == Backend::Sqlite {
            0
        } else {
            lane
        };
        let slot = (db.identity(), lane);
        let first = {
            let mut queues = lock::<B>(&self.queues);
            match queues.get_mut(&slot) {
                Some(queue) => {
                    queue.push((item, done));
                    false
                }
                None => {
                    queues.insert(slot, vec![(item, done)]);
                    true
                }
            }
        };
        // A task of its own, not this request's: a visitor who leaves must not strand the
        // writers queued behind them.
        if first {
            tokio::spawn(drain::<B>(self.queues.clone(), db.clone(), lane));
        }
        answer.await.map_err(|_| sqlx::Error::WorkerCrashed)?
    }
}

fn lock<B: Batch>(queues: &Queues<B>) -> std::sync::MutexGuard<'_, QueueMap<B>> {
    // Nothing panics while the lock is held; a poisoned map is still consistent.
    queues
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Removes the queue when its task ends by a panic, so that its waiters get an error and the
/// next writer starts a new task.
struct Owner<'a, B: Batch> {
    queues: &'a Queues<B>,
    slot: (usize, i64),
    done: bool,
}

impl<B: Batch> Drop for Owner<'_, B> {
    fn drop(&mut self) {
        if !self.done {
            lock::<B>(self.queues).remove(&self.slot);
        }
    }
}

async fn drain<B: Batch>(queues: Arc<Queues<B>>, db: Db, lane: i64) {
    let mut owner = Owner::<B> {
        queues: &queues,
        slot: (db.identity(), lane),
        done: false,
    };
    loop {
        let batch: Vec<Waiter<B>> = {
            let mut map = lock::<B>(&queues);
            let Some(queue) = map.get_mut(&owner.slot).filter(|q| !q.is_empty()) else {
                // Emptiness and removal under one lock: a writer either joined this queue
                // before (and is served in this loop) or starts a new task after.
                map.remove(&owner.slot);
                owner.done = true;
                return;
            };
            let n = queue.len().min(B::MAX);
            queue.drain(..n).collect()
        };
        let (items, answers): (Vec<_>, Vec<_>) = batch.into_iter().unzip();
        for (answer, result) in answers.into_iter().zip(run_batch::<B>(&db, &items).await) {
            // The writer may have gone (connection closed); its write stands all the same.
            let _ = answer.send(result);
        }
    }
}

/// One transaction for all items; when it fails, nothing of it was committed and each item is
/// run alone, so the error reaches only the writer whose item causes it.
async fn run_batch<B: Batch>(db: &Db, items: &[B::Item]) -> Vec<sqlx::Result<B::Output>> {
    match B::run(db, items).await {
        Ok(outputs) if outputs.len() == items.len() => outputs.into_iter().map(Ok).collect(),
        Ok(_) => items.iter().map(|_| Err(wrong_count())).collect(),
        Err(error) if items.len() == 1 => vec![Err(error)],
        Err(_) => {
            let mut results = Vec::with_capacity(items.len());
            for item in items {
                let one = B::run(db, std::slice::from_ref(item)).await;
                results.push(one.and_then(|mut v| v.pop().ok_or_else(wrong_count)));
            }
            results
        }
    }
}

fn wrong_count() -> sqlx::Error {
    sqlx::Error::Protocol("a batch gave a different number of results than items".into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::LazyLock;

    static TRANSACTIONS: AtomicUsize = AtomicUsize::new(0);

    /// Doubles each number in one "transaction"; a 13 fails the batch it is in.
    struct Doubles;
    impl Batch for Doubles {
        type Item = i64;
        type Output = i64;
        const MAX: usize = 4;
        fn run<'a>(_db: &'a Db, items: &'a [i64]) -> BatchFuture<'a, i64> {
            Box::pin(async move {
                TRANSACTIONS.fetch_add(1, Ordering::SeqCst);
                // Long enough for the other writers to queue behind this batch.
                tokio::task::yield_now().await;
                if items.contains(&13) {
                    return Err(sqlx::Error::RowNotFound);
                }
                Ok(items.iter().map(|i| i * 2).collect())
            })
        }
    }

    static QUEUES: LazyLock<GroupCommit<Doubles>> = LazyLock::new(GroupCommit::default);

    #[tokio::test]
    async fn writers_share_batches_each_gets_its_own_answer_and_a_bad_item_fails_alone() {
        // Never opened: the batches here do not touch the database.
        let dir = std::env::temp_dir().join(format!("kansrijk-group-{}", std::process::id()));
        let url = crate::config::DatabaseUrl(format!("sqlite://{}/g.db", dir.display()));
        let db = Db::connect(&url, &Default::default()).unwrap();
        let writers: Vec<_> = (0..10i64)
            .map(|i| {
                let db = db.clone();
                tokio::spawn(async move { QUEUES.submit(&db, 7, i + 10).await })
            })
            .collect();
        let mut answers = vec![];
        for writer in writers {
            answers.push(writer.await.unwrap());
        }
        for (i, answer) in answers.iter().enumerate() {
            let i = i as i64 + 10;
            if i == 13 {
                assert!(answer.is_err(), "the bad item fails");
            } else {
                assert_eq!(answer.as_ref().unwrap(), &(i * 2), "item {i}");
            }
        }
        // Ten items, at most four a batch: fewer transactions than items, even with the failed
        // batch run again item by item (one at a time would be ten).
        let transactions = TRANSACTIONS.load(Ordering::SeqCst);
        assert!(transactions < 10, "{transactions} transactions");
        assert!(
            lock::<Doubles>(&QUEUES.queues).is_empty(),
            "no queue left behind"
        );
        // A writer after the queue ended starts a new one.
        assert_eq!(QUEUES.submit(&db, 7, 1).await.unwrap(), 2);
    }

    /// Records whether a batch held items of more than one lane (the item is its lane).
    struct Lanes;
    static MIXED: AtomicUsize = AtomicUsize::new(0);
    impl Batch for Lanes {
        type Item = i64;
        type Output = i64;
        fn run<'a>(_db: &'a Db, items: &'a [i64]) -> BatchFuture<'a, i64> {
            Box::pin(async move {
                tokio::task::yield_now().await;
                if items.iter().any(|lane| *lane != items[0]) {
                    MIXED.fetch_add(1, Ordering::SeqCst);
                }
                Ok(items.to_vec())
            })
        }
    }
    static LANES: LazyLock<GroupCommit<Lanes>> = LazyLock::new(GroupCommit::default);

    #[tokio::test]
    async fn on_sqlite_every_lane_is_one_queue_on_postgresql_each_lane_its_own() {
        let dir = std::env::temp_dir().join(format!("kansrijk-lanes-{}", std::process::id()));
        // Neither is opened: the batches here do not touch a database.
        for (url, mixes) in [
            (format!("sqlite://{}/l.db", dir.display()), true),
            ("postgres://nobody@127.0.0.1:1/none".to_string(), false),
        ] {
            MIXED.store(0, Ordering::SeqCst);
            let db = Db::connect(&crate::config::DatabaseUrl(url), &Default::default()).unwrap();
            let writers: Vec<_> = (0..10i64)
                .map(|lane| {
                    let db = db.clone();
                    tokio::spawn(async move { LANES.submit(&db, lane, lane).await })
                })
                .collect();
            for (lane, writer) in writers.into_iter().enumerate() {
                assert_eq!(writer.await.unwrap().unwrap(), lane as i64);
            }
            assert_eq!(MIXED.load(Ordering::SeqCst) > 0, mixes, "{:?}", db.backend);
        }
    }
}
