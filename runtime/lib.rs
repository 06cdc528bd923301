//! plrustc_runtime: what a PL/Rust function body sees (`SetOfIterator`,
//! `TableIterator`, `Array`, the logging macros), and the glue between the
//! generated entry point and the C ABI of `Sources/PLRustcABI/include/plrustc.h`.
//!
//! plrustc compiles this crate once per toolchain and target and links every
//! function against it. It must build with Rust 1.63 (Debian's aarch64
//! toolchain) and later, and with no dependencies.

#![deny(unsafe_op_in_unsafe_fn)]
#![allow(unused_unsafe)]

use std::cell::{Cell, RefCell};
use std::error::Error;
use std::fmt;
use std::marker::PhantomData;
use std::panic::{self, AssertUnwindSafe};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Once;

/// The C structures and constants, laid out as in plrustc.h.
pub mod abi {
    pub const ABI_VERSION: u32 = 1;

    pub const BOOL: u32 = 1;
    pub const CHAR: u32 = 2;
    pub const INT2: u32 = 3;
    pub const INT4: u32 = 4;
    pub const INT8: u32 = 5;
    pub const FLOAT4: u32 = 6;
    pub const FLOAT8: u32 = 7;
    pub const TEXT: u32 = 8;
    pub const BYTEA: u32 = 9;
    pub const VOID: u32 = 10;
    pub const ARRAY: u32 = 0x100;

    pub const OK: i32 = 0;
    pub const ERROR: i32 = 1;
    pub const BAD_CALL: i32 = 2;

    #[repr(C)]
    pub struct Value {
        pub type_: u32,
        pub is_null: u32,
        pub int_value: i64,
        pub float_value: f64,
        pub bytes: *const u8,
        pub length: usize,
        pub elements: *const Value,
    }

    #[repr(C)]
    pub struct Host {
        pub abi_version: u32,
        pub context: *mut core::ffi::c_void,
        // Unsafe to call: they take raw pointers and trust them.
        pub log: Option<unsafe extern "C" fn(*mut core::ffi::c_void, i32, *const u8, usize)>,
        pub row: Option<unsafe extern "C" fn(*mut core::ffi::c_void, *const Value, usize)>,
        pub error: Option<unsafe extern "C" fn(*mut core::ffi::c_void, *const u8, usize)>,
    }

    #[repr(C)]
    pub struct Column {
        pub name: *const u8,
        pub name_length: usize,
        pub type_: u32,
    }

    #[repr(C)]
    pub struct Trigger {
        pub event: u32,
        pub when: u32,
        pub level: u32,
        pub name: *const u8,
        pub name_length: usize,
        pub table: *const u8,
        pub table_length: usize,
        pub schema: *const u8,
        pub schema_length: usize,
        pub columns: *const Column,
        pub column_count: usize,
        pub old_row: *const Value,
        pub new_row: *const Value,
        pub arguments: *const Value,
        pub argument_count: usize,
    }

    /// The SQL name of a type code, for messages.
    pub fn type_name(code: u32) -> String {
        let base = match code & !ARRAY {
            BOOL => "boolean",
            CHAR => "\"char\"",
            INT2 => "smallint",
            INT4 => "integer",
            INT8 => "bigint",
            FLOAT4 => "real",
            FLOAT8 => "double precision",
            TEXT => "text",
            BYTEA => "bytea",
            VOID => "void",
            _ => "unknown",
        };
        if code & ARRAY != 0 {
            format!("{}[]", base)
        } else {
            base.to_string()
        }
    }
}

/// The levels a body may log at: PostgreSQL's, up to WARNING. ERROR and
/// above are not levels a message can have here: an `ereport` at those levels
/// ends the transaction (or the backend, or the cluster) by a jump that must
/// never cross Rust frames. A body ends its call with an error through
/// `error!` or by returning `Err`, which the entry point reports once the
/// body's frames are gone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogLevel {
    Debug5,
    Debug4,
    Debug3,
    Debug2,
    Debug1,
    Log,
    Info,
    Notice,
    Warning,
}

impl LogLevel {
    /// PostgreSQL's code for the level (elog.h), as plrustc.h passes it.
    pub fn code(self) -> i32 {
        match self {
            LogLevel::Debug5 => 10,
            LogLevel::Debug4 => 11,
            LogLevel::Debug3 => 12,
            LogLevel::Debug2 => 13,
            LogLevel::Debug1 => 14,
            LogLevel::Log => 15,
            LogLevel::Info => 17,
            LogLevel::Notice => 18,
            LogLevel::Warning => 19,
        }
    }
}

/// The levels by PostgreSQL's names, as the logging macros use them.
pub mod level {
    use super::LogLevel;
    pub const DEBUG5: LogLevel = LogLevel::Debug5;
    pub const DEBUG4: LogLevel = LogLevel::Debug4;
    pub const DEBUG3: LogLevel = LogLevel::Debug3;
    pub const DEBUG2: LogLevel = LogLevel::Debug2;
    pub const DEBUG1: LogLevel = LogLevel::Debug1;
    pub const LOG: LogLevel = LogLevel::Log;
    pub const INFO: LogLevel = LogLevel::Info;
    pub const NOTICE: LogLevel = LogLevel::Notice;
    pub const WARNING: LogLevel = LogLevel::Warning;
}

/// Everything a body uses without naming this crate.
pub mod prelude {
    pub use crate::{Array, ArraySliceError, SetOfIterator, TableIterator};
    pub use crate::{PgTrigger, PgTriggerError, PgTriggerLevel, PgTriggerOperation, PgTriggerWhen, TriggerRow};
    pub use crate::{DELETE, INSERT, TRUNCATE, UPDATE};
    pub use crate::{debug1, debug2, debug3, debug4, debug5, error, info, log, notice, warning};
}

// ---------------------------------------------------------------------------
// Sets and tables

/// The rows of a `RETURNS SETOF` function: any iterator of `Option<T>` (None is a NULL row).
pub struct SetOfIterator<'a, T> {
    rows: Box<dyn Iterator<Item = T> + 'a>,
}

impl<'a, T> SetOfIterator<'a, T> {
    pub fn new<I>(rows: I) -> Self
    where
        I: IntoIterator<Item = T>,
        I::IntoIter: 'a,
    {
        SetOfIterator { rows: Box::new(rows.into_iter()) }
    }

    pub fn empty() -> Self
    where
        T: 'a,
    {
        SetOfIterator { rows: Box::new(std::iter::empty()) }
    }

    pub fn once(value: T) -> Self
    where
        T: 'a,
    {
        SetOfIterator { rows: Box::new(std::iter::once(value)) }
    }
}

impl<'a, T> Iterator for SetOfIterator<'a, T> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        self.rows.next()
    }
}

/// The rows of a `RETURNS TABLE (…)` function: an iterator of tuples of `Option`s, one per column.
pub struct TableIterator<'a, T> {
    rows: Box<dyn Iterator<Item = T> + 'a>,
}

impl<'a, T> TableIterator<'a, T> {
    pub fn new<I>(rows: I) -> Self
    where
        I: IntoIterator<Item = T>,
        I::IntoIter: 'a,
    {
        TableIterator { rows: Box::new(rows.into_iter()) }
    }

    pub fn empty() -> Self
    where
        T: 'a,
    {
        TableIterator { rows: Box::new(std::iter::empty()) }
    }

    pub fn once(row: T) -> Self
    where
        T: 'a,
    {
        TableIterator { rows: Box::new(std::iter::once(row)) }
    }
}

impl<'a, T> Iterator for TableIterator<'a, T> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        self.rows.next()
    }
}

// ---------------------------------------------------------------------------
// Arrays

/// A one-dimensional SQL array argument. Elements may be NULL.
pub struct Array<'a, T> {
    values: Vec<T>,
    nulls: Vec<bool>,
    null_count: usize,
    _borrow: PhantomData<&'a ()>,
}

/// Why `Array::as_slice` gave no slice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArraySliceError {
    /// The array holds NULLs, which a slice cannot show.
    ContainsNulls,
}

impl fmt::Display for ArraySliceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ArraySliceError::ContainsNulls => write!(f, "the array contains NULL elements"),
        }
    }
}

impl Error for ArraySliceError {}

impl<'a, T: Copy> Array<'a, T> {
    /// The number of elements, NULLs included.
    pub fn len(&self) -> usize {
        self.values.len()
    }

    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    /// Whether any element is NULL.
    pub fn contains_nulls(&self) -> bool {
        self.null_count > 0
    }

    /// Element `index`: None past the end, Some(None) for a NULL.
    pub fn get(&self, index: usize) -> Option<Option<T>> {
        if index >= self.values.len() {
            return None;
        }
        Some(if self.nulls[index] { None } else { Some(self.values[index]) })
    }

    /// The elements in order, `None` for NULL.
    pub fn iter(&self) -> ArrayIter<'_, T> {
        ArrayIter { values: &self.values, nulls: &self.nulls, index: 0 }
    }

    /// The elements as values; checks once, up front, that none is NULL and panics if one is.
    #[track_caller]
    pub fn iter_deny_null(&self) -> std::iter::Copied<std::slice::Iter<'_, T>> {
        if self.null_count > 0 {
            panic!("array contains NULL");
        }
        self.values.iter().copied()
    }

    /// The elements as a slice, when none is NULL.
    pub fn as_slice(&self) -> Result<&[T], ArraySliceError> {
        if self.null_count > 0 {
            Err(ArraySliceError::ContainsNulls)
        } else {
            Ok(&self.values)
        }
    }
}

impl<'a, T: Copy + fmt::Debug> fmt::Debug for Array<'a, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

/// Iterates an `Array` by reference.
pub struct ArrayIter<'b, T> {
    values: &'b [T],
    nulls: &'b [bool],
    index: usize,
}

impl<'b, T: Copy> Iterator for ArrayIter<'b, T> {
    type Item = Option<T>;
    fn next(&mut self) -> Option<Option<T>> {
        let index = self.index;
        if index >= self.values.len() {
            return None;
        }
        self.index += 1;
        Some(if self.nulls[index] { None } else { Some(self.values[index]) })
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let left = self.values.len() - self.index;
        (left, Some(left))
    }
}

/// Iterates an `Array` by value.
pub struct ArrayIntoIter<T> {
    values: std::vec::IntoIter<T>,
    nulls: std::vec::IntoIter<bool>,
}

impl<T> Iterator for ArrayIntoIter<T> {
    type Item = Option<T>;
    fn next(&mut self) -> Option<Option<T>> {
        let value = self.values.next()?;
        let null = self.nulls.next().unwrap_or(false);
        Some(if null { None } else { Some(value) })
    }
}

impl<'a, T> IntoIterator for Array<'a, T> {
    type Item = Option<T>;
    type IntoIter = ArrayIntoIter<T>;
    fn into_iter(self) -> ArrayIntoIter<T> {
        ArrayIntoIter { values: self.values.into_iter(), nulls: self.nulls.into_iter() }
    }
}

impl<'a, 'b, T: Copy> IntoIterator for &'b Array<'a, T> {
    type Item = Option<T>;
    type IntoIter = ArrayIter<'b, T>;
    fn into_iter(self) -> ArrayIter<'b, T> {
        self.iter()
    }
}

// ---------------------------------------------------------------------------
// Logging

/// Where the user's code sits in the generated file, so a panic's line can be
/// given as a line of the body.
pub struct Origin {
    /// The generated file's name as rustc records it.
    pub file: &'static str,
    /// The generated file's line that holds the body's first line of code.
    pub first_line: u32,
    /// That line's number in the body.
    pub body_line: u32,
}

thread_local! {
    static HOST: Cell<*const abi::Host> = Cell::new(std::ptr::null());
    static ORIGIN: Cell<Option<&'static Origin>> = Cell::new(None);
    static PANIC_MESSAGE: RefCell<Option<String>> = RefCell::new(None);
}

/// Sends a message to the host's log (used by the logging macros). Outside a
/// call (a value a body kept and dropped later, say) there is no host: the
/// message is dropped.
#[doc(hidden)]
pub fn __log(level: LogLevel, message: String) {
    HOST.with(|host| {
        let host = host.get();
        if host.is_null() {
            return;
        }
        // SAFETY: set by `run` for the duration of the call, from a pointer the host
        // passed and keeps valid while the call lasts.
        let host = unsafe { &*host };
        if let Some(log) = host.log {
            // SAFETY: plrustc.h's log callback reads `length` bytes of the message, during the call.
            unsafe { log(host.context, level.code(), message.as_ptr(), message.len()) };
        }
    })
}

/// An `error!` report: ends the call with this message.
struct Raised(String);

/// Ends the call with an error (used by `error!`), as PostgreSQL's `ereport(ERROR)` would.
#[doc(hidden)]
pub fn __raise(message: String) -> ! {
    panic::panic_any(Raised(message))
}

#[macro_export]
macro_rules! log {
    ($($arg:tt)*) => { $crate::__log($crate::level::LOG, ::std::format!($($arg)*)) };
}
#[macro_export]
macro_rules! info {
    ($($arg:tt)*) => { $crate::__log($crate::level::INFO, ::std::format!($($arg)*)) };
}
#[macro_export]
macro_rules! notice {
    ($($arg:tt)*) => { $crate::__log($crate::level::NOTICE, ::std::format!($($arg)*)) };
}
#[macro_export]
macro_rules! warning {
    ($($arg:tt)*) => { $crate::__log($crate::level::WARNING, ::std::format!($($arg)*)) };
}
#[macro_export]
macro_rules! debug1 {
    ($($arg:tt)*) => { $crate::__log($crate::level::DEBUG1, ::std::format!($($arg)*)) };
}
#[macro_export]
macro_rules! debug2 {
    ($($arg:tt)*) => { $crate::__log($crate::level::DEBUG2, ::std::format!($($arg)*)) };
}
#[macro_export]
macro_rules! debug3 {
    ($($arg:tt)*) => { $crate::__log($crate::level::DEBUG3, ::std::format!($($arg)*)) };
}
#[macro_export]
macro_rules! debug4 {
    ($($arg:tt)*) => { $crate::__log($crate::level::DEBUG4, ::std::format!($($arg)*)) };
}
#[macro_export]
macro_rules! debug5 {
    ($($arg:tt)*) => { $crate::__log($crate::level::DEBUG5, ::std::format!($($arg)*)) };
}
/// Ends the function with an error, like `ereport(ERROR)`.
#[macro_export]
macro_rules! error {
    ($($arg:tt)*) => { $crate::__raise(::std::format!($($arg)*)) };
}

// ---------------------------------------------------------------------------
// Triggers

/// What fired a trigger.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PgTriggerOperation {
    Insert,
    Update,
    Delete,
    Truncate,
}

/// `match trigger.op()? { INSERT => …, _ => … }`, as PL/Rust's examples write it.
pub const INSERT: PgTriggerOperation = PgTriggerOperation::Insert;
pub const UPDATE: PgTriggerOperation = PgTriggerOperation::Update;
pub const DELETE: PgTriggerOperation = PgTriggerOperation::Delete;
pub const TRUNCATE: PgTriggerOperation = PgTriggerOperation::Truncate;

/// When the trigger runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PgTriggerWhen {
    Before,
    After,
    InsteadOf,
}

/// For each row, or once for the statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PgTriggerLevel {
    Row,
    Statement,
}

/// A problem reading the trigger's data or a row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PgTriggerError {
    /// The host sent a value plrustc does not know (an event, a when, a level).
    Invalid(String),
    /// No column by that name.
    NoSuchColumn(String),
    /// The column is not of the type asked for.
    WrongType { column: String, declared: String, asked: String },
}

impl fmt::Display for PgTriggerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PgTriggerError::Invalid(what) => write!(f, "invalid trigger data: {}", what),
            PgTriggerError::NoSuchColumn(name) => write!(f, "the table has no column `{}`", name),
            PgTriggerError::WrongType { column, declared, asked } => {
                write!(f, "column `{}` is {}, not {}", column, declared, asked)
            }
        }
    }
}

impl Error for PgTriggerError {}

/// The trigger's call: the event, the table and the rows. Everything is
/// copied out of the host's memory when the call starts, so nothing here
/// points into the host, whatever becomes of the value.
pub struct PgTrigger<'a> {
    event: u32,
    when: u32,
    level: u32,
    name: String,
    table: String,
    schema: String,
    arguments: Vec<String>,
    columns: Vec<(String, u32)>,
    old: Option<TriggerRow>,
    new: Option<TriggerRow>,
    call: u64,
    _call: PhantomData<&'a ()>,
}

/// One row of the table, owned: read and change its columns by name.
///
/// A row belongs to the trigger call that made it: one a body keeps (in a
/// `static`, say) and returns from a later call, perhaps on another table
/// with other columns, is refused with an error rather than handed to the
/// host in the wrong shape.
#[derive(Debug, Clone)]
pub struct TriggerRow {
    columns: Vec<(String, u32)>,
    values: Vec<Out>,
    call: u64,
}

/// Numbers trigger calls, so a row can tell which call it came from.
static TRIGGER_CALLS: AtomicU64 = AtomicU64::new(0);

fn text_of(bytes: *const u8, length: usize) -> String {
    if bytes.is_null() || length == 0 {
        return String::new();
    }
    // SAFETY: the host promises `length` bytes at `bytes` for the call.
    String::from_utf8_lossy(unsafe { std::slice::from_raw_parts(bytes, length) }).into_owned()
}

/// A value the host sent, owned (a row outlives nothing of the host's).
fn owned(value: &abi::Value) -> Result<Out, String> {
    if value.is_null != 0 {
        return Ok(Out::Null(value.type_));
    }
    match value.type_ {
        abi::FLOAT4 | abi::FLOAT8 => Ok(Out::Float(value.type_, value.float_value)),
        abi::TEXT | abi::BYTEA => Ok(Out::Bytes(value.type_, bytes_of(value)?.to_vec())),
        code if code & abi::ARRAY != 0 => {
            let elements: &[abi::Value] = if value.length == 0 || value.elements.is_null() {
                &[]
            } else {
                // SAFETY: `length` elements at `elements`, valid for the call.
                unsafe { std::slice::from_raw_parts(value.elements, value.length) }
            };
            let mut owned_elements = Vec::with_capacity(elements.len());
            for element in elements {
                owned_elements.push(owned(element)?);
            }
            Ok(Out::Array(code, owned_elements))
        }
        code => Ok(Out::Int(code, value.int_value)),
    }
}

impl<'a> PgTrigger<'a> {
    fn from_raw(raw: &'a abi::Trigger) -> Result<Self, String> {
        let call = TRIGGER_CALLS.fetch_add(1, Ordering::Relaxed) + 1;
        let columns: Vec<(String, u32)> = if raw.column_count == 0 || raw.columns.is_null() {
            Vec::new()
        } else {
            // SAFETY: `column_count` columns at `columns`, valid for the call.
            unsafe { std::slice::from_raw_parts(raw.columns, raw.column_count) }
                .iter()
                .map(|column| (text_of(column.name, column.name_length), column.type_))
                .collect()
        };
        let row = |pointer: *const abi::Value| -> Result<Option<TriggerRow>, String> {
            if pointer.is_null() {
                return Ok(None);
            }
            // SAFETY: `column_count` values at `pointer`, valid for the call.
            let values = unsafe { std::slice::from_raw_parts(pointer, columns.len()) };
            let mut owned_values = Vec::with_capacity(values.len());
            for (value, (name, declared)) in values.iter().zip(columns.iter()) {
                if value.type_ != *declared {
                    return Err(format!("column `{}` came as {}, declared {}", name, abi::type_name(value.type_),
                                       abi::type_name(*declared)));
                }
                owned_values.push(owned(value)?);
            }
            Ok(Some(TriggerRow { columns: columns.clone(), values: owned_values, call }))
        };
        let old = row(raw.old_row)?;
        let new = row(raw.new_row)?;
        let arguments = if raw.argument_count == 0 || raw.arguments.is_null() {
            Vec::new()
        } else {
            // SAFETY: `argument_count` values at `arguments`, valid for the call.
            unsafe { std::slice::from_raw_parts(raw.arguments, raw.argument_count) }
                .iter()
                .map(|value| bytes_of(value).map(|bytes| String::from_utf8_lossy(bytes).into_owned()).unwrap_or_default())
                .collect()
        };
        Ok(PgTrigger {
            event: raw.event,
            when: raw.when,
            level: raw.level,
            name: text_of(raw.name, raw.name_length),
            table: text_of(raw.table, raw.table_length),
            schema: text_of(raw.schema, raw.schema_length),
            arguments,
            columns,
            old,
            new,
            call,
            _call: PhantomData,
        })
    }

    pub fn op(&self) -> Result<PgTriggerOperation, PgTriggerError> {
        match self.event {
            1 => Ok(PgTriggerOperation::Insert),
            2 => Ok(PgTriggerOperation::Update),
            3 => Ok(PgTriggerOperation::Delete),
            4 => Ok(PgTriggerOperation::Truncate),
            other => Err(PgTriggerError::Invalid(format!("event {}", other))),
        }
    }

    pub fn when(&self) -> Result<PgTriggerWhen, PgTriggerError> {
        match self.when {
            1 => Ok(PgTriggerWhen::Before),
            2 => Ok(PgTriggerWhen::After),
            3 => Ok(PgTriggerWhen::InsteadOf),
            other => Err(PgTriggerError::Invalid(format!("when {}", other))),
        }
    }

    pub fn level(&self) -> Result<PgTriggerLevel, PgTriggerError> {
        match self.level {
            1 => Ok(PgTriggerLevel::Row),
            2 => Ok(PgTriggerLevel::Statement),
            other => Err(PgTriggerError::Invalid(format!("level {}", other))),
        }
    }

    /// The trigger's name.
    pub fn name(&self) -> String {
        self.name.clone()
    }

    pub fn table_name(&self) -> String {
        self.table.clone()
    }

    pub fn table_schema(&self) -> String {
        self.schema.clone()
    }

    /// The columns of the table: names and SQL types.
    pub fn columns(&self) -> Vec<(String, String)> {
        self.columns.iter().map(|(name, code)| (name.clone(), abi::type_name(*code))).collect()
    }

    /// `CREATE TRIGGER … EXECUTE FUNCTION f('a', 'b')`'s arguments.
    pub fn extra_args(&self) -> Vec<String> {
        self.arguments.clone()
    }

    /// The row after the change (INSERT, UPDATE), as an owned copy.
    pub fn new(&self) -> Option<TriggerRow> {
        self.new.clone()
    }

    /// The row before the change (UPDATE, DELETE), as an owned copy.
    pub fn old(&self) -> Option<TriggerRow> {
        self.old.clone()
    }
}

/// A SQL value read out of a row by its owned form.
pub trait FromOwnedValue: Sized {
    const TYPE: u32;
    fn from_owned(value: &Out) -> Option<Self>;
}

macro_rules! owned_integer {
    ($rust:ty, $code:expr) => {
        impl FromOwnedValue for $rust {
            const TYPE: u32 = $code;
            fn from_owned(value: &Out) -> Option<Self> {
                match value {
                    Out::Int(_, number) => <$rust as std::convert::TryFrom<i64>>::try_from(*number).ok(),
                    _ => None,
                }
            }
        }
    };
}
owned_integer!(i8, abi::CHAR);
owned_integer!(i16, abi::INT2);
owned_integer!(i32, abi::INT4);
owned_integer!(i64, abi::INT8);

impl FromOwnedValue for bool {
    const TYPE: u32 = abi::BOOL;
    fn from_owned(value: &Out) -> Option<Self> {
        match value {
            Out::Int(_, number) => Some(*number != 0),
            _ => None,
        }
    }
}

impl FromOwnedValue for f32 {
    const TYPE: u32 = abi::FLOAT4;
    fn from_owned(value: &Out) -> Option<Self> {
        match value {
            Out::Float(_, number) => Some(*number as f32),
            _ => None,
        }
    }
}

impl FromOwnedValue for f64 {
    const TYPE: u32 = abi::FLOAT8;
    fn from_owned(value: &Out) -> Option<Self> {
        match value {
            Out::Float(_, number) => Some(*number),
            _ => None,
        }
    }
}

impl FromOwnedValue for String {
    const TYPE: u32 = abi::TEXT;
    fn from_owned(value: &Out) -> Option<Self> {
        match value {
            Out::Bytes(_, bytes) => String::from_utf8(bytes.clone()).ok(),
            _ => None,
        }
    }
}

impl FromOwnedValue for Vec<u8> {
    const TYPE: u32 = abi::BYTEA;
    fn from_owned(value: &Out) -> Option<Self> {
        match value {
            Out::Bytes(_, bytes) => Some(bytes.clone()),
            _ => None,
        }
    }
}

impl<T: FromOwnedValue> FromOwnedValue for Vec<Option<T>> {
    const TYPE: u32 = abi::ARRAY | T::TYPE;
    fn from_owned(value: &Out) -> Option<Self> {
        match value {
            Out::Array(_, elements) => {
                let mut values = Vec::with_capacity(elements.len());
                for element in elements {
                    values.push(match element {
                        Out::Null(_) => None,
                        other => Some(T::from_owned(other)?),
                    });
                }
                Some(values)
            }
            _ => None,
        }
    }
}

impl TriggerRow {
    /// PL/Rust's rows are borrowed until made owned; these already are.
    pub fn into_owned(self) -> TriggerRow {
        self
    }

    fn column(&self, name: &str) -> Result<usize, PgTriggerError> {
        self.columns.iter().position(|(column, _)| column == name).ok_or_else(|| PgTriggerError::NoSuchColumn(name.to_string()))
    }

    /// Column `name`, or None for NULL.
    pub fn get_by_name<T: FromOwnedValue>(&self, name: &str) -> Result<Option<T>, PgTriggerError> {
        let index = self.column(name)?;
        let declared = self.columns[index].1;
        if declared != T::TYPE {
            return Err(PgTriggerError::WrongType { column: name.to_string(), declared: abi::type_name(declared),
                                                   asked: abi::type_name(T::TYPE) });
        }
        match &self.values[index] {
            Out::Null(_) => Ok(None),
            value => Ok(T::from_owned(value)),
        }
    }

    /// Sets column `name` (None for NULL).
    pub fn set_by_name<T: IntoOut>(&mut self, name: &str, value: T) -> Result<(), PgTriggerError> {
        let index = self.column(name)?;
        let declared = self.columns[index].1;
        if declared != T::TYPE {
            return Err(PgTriggerError::WrongType { column: name.to_string(), declared: abi::type_name(declared),
                                                   asked: abi::type_name(T::TYPE) });
        }
        self.values[index] = value.into_out();
        Ok(())
    }

    /// Sets column `name` to NULL.
    pub fn set_null_by_name(&mut self, name: &str) -> Result<(), PgTriggerError> {
        let index = self.column(name)?;
        self.values[index] = Out::Null(self.columns[index].1);
        Ok(())
    }

}

/// A row returned from a call other than the one that made it.
#[derive(Debug)]
struct RowFromAnotherCall;

impl fmt::Display for RowFromAnotherCall {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the trigger returned a row that was made in another call (a row can be returned only from the call that read it)")
    }
}

impl Error for RowFromAnotherCall {}

// ---------------------------------------------------------------------------
// Arguments in

/// The arguments of one call, borrowed from the host.
pub struct Args<'a> {
    values: &'a [abi::Value],
}

/// A SQL argument type: how its value is read.
///
/// `from_value` is unsafe because it follows the value's pointers: a body
/// could build an `abi::Value` pointing anywhere, so reading one must not be
/// possible without `unsafe`, which the lints refuse.
pub trait FromValue<'a>: Sized {
    /// The type code the host must send.
    const TYPE: u32;
    /// # Safety
    /// `value` must come from the host: `bytes`/`length` and `elements`/`length`
    /// describe memory valid for `'a`, laid out as plrustc.h says.
    unsafe fn from_value(value: &'a abi::Value) -> Result<Self, String>;
}

macro_rules! integer_argument {
    ($rust:ty, $code:expr) => {
        impl<'a> FromValue<'a> for $rust {
            const TYPE: u32 = $code;
            unsafe fn from_value(value: &'a abi::Value) -> Result<Self, String> {
                <$rust as std::convert::TryFrom<i64>>::try_from(value.int_value)
                    .map_err(|_| format!("{} is out of range for {}", value.int_value, abi::type_name($code)))
            }
        }
    };
}
integer_argument!(i8, abi::CHAR);
integer_argument!(i16, abi::INT2);
integer_argument!(i32, abi::INT4);
integer_argument!(i64, abi::INT8);

impl<'a> FromValue<'a> for bool {
    const TYPE: u32 = abi::BOOL;
    unsafe fn from_value(value: &'a abi::Value) -> Result<Self, String> {
        Ok(value.int_value != 0)
    }
}

impl<'a> FromValue<'a> for f32 {
    const TYPE: u32 = abi::FLOAT4;
    unsafe fn from_value(value: &'a abi::Value) -> Result<Self, String> {
        Ok(value.float_value as f32)
    }
}

impl<'a> FromValue<'a> for f64 {
    const TYPE: u32 = abi::FLOAT8;
    unsafe fn from_value(value: &'a abi::Value) -> Result<Self, String> {
        Ok(value.float_value)
    }
}

fn bytes_of(value: &abi::Value) -> Result<&[u8], String> {
    if value.length == 0 {
        return Ok(&[]);
    }
    if value.bytes.is_null() {
        return Err("a text or bytea value without bytes".to_string());
    }
    // SAFETY: the host promises `length` readable bytes at `bytes` for the whole call.
    Ok(unsafe { std::slice::from_raw_parts(value.bytes, value.length) })
}

impl<'a> FromValue<'a> for &'a str {
    const TYPE: u32 = abi::TEXT;
    unsafe fn from_value(value: &'a abi::Value) -> Result<Self, String> {
        std::str::from_utf8(bytes_of(value)?).map_err(|_| "a text argument is not valid UTF-8".to_string())
    }
}

impl<'a> FromValue<'a> for &'a [u8] {
    const TYPE: u32 = abi::BYTEA;
    unsafe fn from_value(value: &'a abi::Value) -> Result<Self, String> {
        bytes_of(value)
    }
}

impl<'a, T: FromValue<'a> + Copy + Default> FromValue<'a> for Array<'a, T> {
    const TYPE: u32 = abi::ARRAY | T::TYPE;
    unsafe fn from_value(value: &'a abi::Value) -> Result<Self, String> {
        let elements: &'a [abi::Value] = if value.length == 0 {
            &[]
        } else if value.elements.is_null() {
            return Err("an array value without elements".to_string());
        } else {
            // SAFETY: the host promises `length` elements at `elements` for the whole call.
            unsafe { std::slice::from_raw_parts(value.elements, value.length) }
        };
        let mut values = Vec::with_capacity(elements.len());
        let mut nulls = Vec::with_capacity(elements.len());
        let mut null_count = 0;
        for element in elements {
            if element.type_ != T::TYPE {
                return Err(format!(
                    "an array element of type {} where {} was declared",
                    abi::type_name(element.type_),
                    abi::type_name(T::TYPE)
                ));
            }
            if element.is_null != 0 {
                values.push(T::default());
                nulls.push(true);
                null_count += 1;
            } else {
                // SAFETY: an element of a host array is a host value (this function's contract).
                values.push(unsafe { T::from_value(element) }?);
                nulls.push(false);
            }
        }
        Ok(Array { values, nulls, null_count, _borrow: PhantomData })
    }
}

impl<'a> Args<'a> {
    /// Argument `index` (named `name` in messages), or None for NULL.
    pub fn get<T: FromValue<'a>>(&self, index: usize, name: &str) -> Result<Option<T>, String> {
        let value = self.values.get(index).ok_or_else(|| format!("argument `{}` is missing", name))?;
        if value.type_ != T::TYPE {
            return Err(format!(
                "argument `{}` is {}, but the function declares {}",
                name,
                abi::type_name(value.type_),
                abi::type_name(T::TYPE)
            ));
        }
        if value.is_null != 0 {
            return Ok(None);
        }
        // SAFETY: `Args` is only made by `run` from the host's argument array.
        unsafe { T::from_value(value) }.map(Some)
    }

    /// Argument `index` of a STRICT function: never NULL (the host does not call with NULLs).
    pub fn get_strict<T: FromValue<'a>>(&self, index: usize, name: &str) -> Result<T, String> {
        self.get(index, name)?
            .ok_or_else(|| format!("argument `{}` is NULL, but the function is STRICT", name))
    }
}

// ---------------------------------------------------------------------------
// Results out

/// A result value owned on the Rust side until the host has copied it.
#[derive(Debug, Clone)]
pub enum Out {
    Null(u32),
    Int(u32, i64),
    Float(u32, f64),
    Bytes(u32, Vec<u8>),
    Array(u32, Vec<Out>),
}

/// A SQL return type: how its value is handed to the host. Sealed: the
/// host reads the values it gets by their type code, so only this crate's
/// types may say what code and what value they give (a body's own impl
/// could send a text whose bytes are not there).
pub trait IntoOut: sealed::Sealed {
    const TYPE: u32;
    fn into_out(self) -> Out;
}

mod sealed {
    /// Implemented by the types that may be `IntoOut`; not nameable outside this crate.
    pub trait Sealed {}
    impl Sealed for i8 {}
    impl Sealed for i16 {}
    impl Sealed for i32 {}
    impl Sealed for i64 {}
    impl Sealed for bool {}
    impl Sealed for f32 {}
    impl Sealed for f64 {}
    impl Sealed for String {}
    impl Sealed for Vec<u8> {}
    impl Sealed for () {}
    impl<T: super::IntoOut> Sealed for Vec<Option<T>> {}
}

macro_rules! integer_result {
    ($rust:ty, $code:expr) => {
        impl IntoOut for $rust {
            const TYPE: u32 = $code;
            fn into_out(self) -> Out {
                Out::Int($code, self as i64)
            }
        }
    };
}
integer_result!(i8, abi::CHAR);
integer_result!(i16, abi::INT2);
integer_result!(i32, abi::INT4);
integer_result!(i64, abi::INT8);

impl IntoOut for bool {
    const TYPE: u32 = abi::BOOL;
    fn into_out(self) -> Out {
        Out::Int(abi::BOOL, self as i64)
    }
}

impl IntoOut for f32 {
    const TYPE: u32 = abi::FLOAT4;
    fn into_out(self) -> Out {
        Out::Float(abi::FLOAT4, self as f64)
    }
}

impl IntoOut for f64 {
    const TYPE: u32 = abi::FLOAT8;
    fn into_out(self) -> Out {
        Out::Float(abi::FLOAT8, self)
    }
}

impl IntoOut for String {
    const TYPE: u32 = abi::TEXT;
    fn into_out(self) -> Out {
        Out::Bytes(abi::TEXT, self.into_bytes())
    }
}

impl IntoOut for Vec<u8> {
    const TYPE: u32 = abi::BYTEA;
    fn into_out(self) -> Out {
        Out::Bytes(abi::BYTEA, self)
    }
}

impl IntoOut for () {
    const TYPE: u32 = abi::VOID;
    fn into_out(self) -> Out {
        Out::Null(abi::VOID)
    }
}

impl<T: IntoOut> IntoOut for Vec<Option<T>> {
    const TYPE: u32 = abi::ARRAY | T::TYPE;
    fn into_out(self) -> Out {
        Out::Array(abi::ARRAY | T::TYPE, self.into_iter().map(|element| element.into_out_or_null()).collect())
    }
}

/// `Option<T>` of a result type: None is NULL.
pub trait IntoOutOrNull {
    fn into_out_or_null(self) -> Out;
}

impl<T: IntoOut> IntoOutOrNull for Option<T> {
    fn into_out_or_null(self) -> Out {
        match self {
            Some(value) => value.into_out(),
            None => Out::Null(T::TYPE),
        }
    }
}

/// Where result rows go: the host's `row` callback.
pub struct Sink<'h> {
    host: &'h abi::Host,
}

impl<'h> Sink<'h> {
    /// Reports one row.
    pub fn row(&mut self, columns: Vec<Out>) {
        // Element arrays must outlive the values that point at them: kept here.
        let mut storage: Vec<Vec<abi::Value>> = Vec::new();
        let values: Vec<abi::Value> = columns.iter().map(|column| lower(column, &mut storage)).collect();
        if let Some(row) = self.host.row {
            // SAFETY: the values and what they point at (`columns`, `storage`) live until the callback returns.
            unsafe { row(self.host.context, values.as_ptr(), values.len()) };
        }
    }
}

/// Whether `out` holds the kind of value its type code describes (a value
/// that does not is sent as NULL: the host reads pointers by the code).
fn is_well_formed(out: &Out) -> bool {
    match out {
        Out::Null(_) => true,
        Out::Int(code, _) => matches!(*code, abi::BOOL | abi::CHAR | abi::INT2 | abi::INT4 | abi::INT8),
        Out::Float(code, _) => matches!(*code, abi::FLOAT4 | abi::FLOAT8),
        Out::Bytes(code, _) => matches!(*code, abi::TEXT | abi::BYTEA),
        Out::Array(code, elements) => {
            *code & abi::ARRAY != 0
                && elements.iter().all(|element| match element {
                    Out::Array(..) => false,
                    Out::Null(_) => true,
                    other => code_of(other) == *code & !abi::ARRAY && is_well_formed(other),
                })
        }
    }
}

fn code_of(out: &Out) -> u32 {
    match out {
        Out::Null(code) | Out::Int(code, _) | Out::Float(code, _) | Out::Bytes(code, _) | Out::Array(code, _) => *code,
    }
}

fn lower(out: &Out, storage: &mut Vec<Vec<abi::Value>>) -> abi::Value {
    if !is_well_formed(out) {
        return lower(&Out::Null(code_of(out)), storage);
    }
    let mut value = abi::Value {
        type_: 0,
        is_null: 0,
        int_value: 0,
        float_value: 0.0,
        bytes: std::ptr::null(),
        length: 0,
        elements: std::ptr::null(),
    };
    match out {
        Out::Null(code) => {
            value.type_ = *code;
            value.is_null = 1;
        }
        Out::Int(code, number) => {
            value.type_ = *code;
            value.int_value = *number;
        }
        Out::Float(code, number) => {
            value.type_ = *code;
            value.float_value = *number;
        }
        Out::Bytes(code, bytes) => {
            value.type_ = *code;
            value.bytes = bytes.as_ptr();
            value.length = bytes.len();
        }
        Out::Array(code, elements) => {
            let lowered: Vec<abi::Value> = elements.iter().map(|element| lower(element, storage)).collect();
            value.type_ = *code;
            value.elements = lowered.as_ptr();
            value.length = lowered.len();
            // Moving the Vec into storage keeps its heap buffer where `elements` points.
            storage.push(lowered);
        }
    }
    value
}

// ---------------------------------------------------------------------------
// The call

static QUIET_PANICS: Once = Once::new();

/// One panic hook for the whole library (which has its own copy of std, so
/// the hook is this library's alone), installed at the first call and never
/// replaced (a body cannot: `std::panic::set_hook` is refused). It never
/// prints: a panic inside a call becomes that call's error, and any other
/// panic (after a call, in a destructor at exit) is dropped in silence, so no
/// text of a body's can reach the server's stderr or its log.
fn install_panic_hook() {
    QUIET_PANICS.call_once(|| {
        panic::set_hook(Box::new(|info| {
            // `try_with`: a panic while the thread's locals are torn down finds none.
            let inside_call = HOST.try_with(|host| !host.get().is_null()).unwrap_or(false);
            if !inside_call {
                return;
            }
            let payload = info.payload();
            let message = if let Some(raised) = payload.downcast_ref::<Raised>() {
                raised.0.clone()
            } else if let Some(text) = payload.downcast_ref::<&str>() {
                format!("{}", text)
            } else if let Some(text) = payload.downcast_ref::<String>() {
                text.clone()
            } else {
                "the function panicked".to_string()
            };
            let origin = ORIGIN.try_with(|origin| origin.get()).unwrap_or(None);
            let message = match (payload.downcast_ref::<Raised>(), info.location(), origin) {
                (None, Some(location), Some(origin)) if location.file() == origin.file && location.line() >= origin.first_line => {
                    format!("{} (at line {} of the body)", message, location.line() - origin.first_line + origin.body_line)
                }
                _ => message,
            };
            let _ = PANIC_MESSAGE.try_with(|slot| {
                if let Ok(mut slot) = slot.try_borrow_mut() {
                    *slot = Some(message);
                }
            });
        }));
    });
}

/// What the body's outcome tells the host. The body's own code still runs
/// here (its error's `Display`, the `Drop` of its error or panic payload), and
/// none of it may unwind into the host: each runs with panics caught.
fn finish(host: &abi::Host, outcome: std::thread::Result<Result<(), Box<dyn Error + Send + Sync + 'static>>>) -> i32 {
    match outcome {
        Ok(Ok(())) => abi::OK,
        Ok(Err(error)) => {
            let message = panic::catch_unwind(AssertUnwindSafe(|| error.to_string()))
                .unwrap_or_else(|payload| {
                    drop_caught(payload);
                    "the function's error could not be displayed".to_string()
                });
            drop_caught(error);
            PANIC_MESSAGE.with(|slot| slot.borrow_mut().take());
            report_error(host, &message);
            abi::ERROR
        }
        Err(payload) => {
            let message = PANIC_MESSAGE
                .with(|slot| slot.borrow_mut().take())
                .unwrap_or_else(|| "the function panicked".to_string());
            drop_caught(payload);
            PANIC_MESSAGE.with(|slot| slot.borrow_mut().take());
            report_error(host, &message);
            abi::ERROR
        }
    }
}

/// Drops a value of the body's with panics caught. A `Drop` that panics
/// leaves a payload, whose own `Drop` may panic again: a few rounds are
/// dropped the same way, and what is still left after them is forgotten
/// (a small leak rather than an unwind into the host or an endless loop).
fn drop_caught<T>(value: T) {
    let mut pending = match panic::catch_unwind(AssertUnwindSafe(move || drop(value))) {
        Ok(()) => return,
        Err(payload) => payload,
    };
    for _ in 0..8 {
        pending = match panic::catch_unwind(AssertUnwindSafe(move || drop(pending))) {
            Ok(()) => return,
            Err(payload) => payload,
        };
    }
    std::mem::forget(pending);
}

fn report_error(host: &abi::Host, message: &str) {
    if let Some(error) = host.error {
        // SAFETY: plrustc.h's error callback reads `length` bytes of the message, during the call.
        unsafe { error(host.context, message.as_ptr(), message.len()) };
    }
}

/// Runs one call of a generated entry point: checks the call against the
/// declared argument types, runs `body` with panics caught, and reports its
/// rows or its error to the host.
///
/// # Safety
/// `host` must be null or point to a valid `plrustc_host`; `args` must point to
/// `count` valid values (or be null when `count` is 0), all valid for the call.
/// Not generic: compiled once, in this crate, rather than in every function
/// (the body comes as a trait object), which keeps each function's build small.
pub unsafe fn run(
    host: *const abi::Host,
    args: *const abi::Value,
    count: usize,
    declared: &[u32],
    origin: &'static Origin,
    body: &mut dyn for<'a> FnMut(Args<'a>, &mut Sink<'a>) -> Result<(), Box<dyn Error + Send + Sync + 'static>>,
) -> i32 {
    if host.is_null() {
        return abi::BAD_CALL;
    }
    // SAFETY: non-null, and valid for the call by the caller's promise.
    let host: &abi::Host = unsafe { &*host };
    if host.abi_version != abi::ABI_VERSION {
        report_error(host, &format!("the host speaks plrustc ABI {}, this function ABI {}", host.abi_version, abi::ABI_VERSION));
        return abi::BAD_CALL;
    }
    if count != declared.len() {
        report_error(host, &format!("the function takes {} arguments, the call passed {}", declared.len(), count));
        return abi::BAD_CALL;
    }
    let values: &[abi::Value] = if count == 0 {
        &[]
    } else if args.is_null() {
        report_error(host, "the arguments are missing");
        return abi::BAD_CALL;
    } else {
        // SAFETY: `count` values at `args`, valid for the call.
        unsafe { std::slice::from_raw_parts(args, count) }
    };
    for (index, (value, expected)) in values.iter().zip(declared.iter()).enumerate() {
        if value.type_ != *expected {
            report_error(
                host,
                &format!(
                    "argument {} is {}, but the function declares {}",
                    index + 1,
                    abi::type_name(value.type_),
                    abi::type_name(*expected)
                ),
            );
            return abi::BAD_CALL;
        }
    }

    install_panic_hook();
    let previous = HOST.with(|slot| slot.replace(host as *const abi::Host));
    let previous_origin = ORIGIN.with(|slot| slot.replace(Some(origin)));
    PANIC_MESSAGE.with(|slot| *slot.borrow_mut() = None);
    let mut sink = Sink { host };
    let outcome = panic::catch_unwind(AssertUnwindSafe(|| body(Args { values }, &mut sink)));
    // Still inside the call: what `finish` runs of the body's code is quiet too.
    let status = finish(host, outcome);
    HOST.with(|slot| slot.set(previous));
    ORIGIN.with(|slot| slot.set(previous_origin));
    status
}

/// Runs one call of a generated trigger entry point (see `run`).
///
/// # Safety
/// `host` and `trigger` must be null or valid for the call, as plrustc.h describes.
pub unsafe fn run_trigger(
    host: *const abi::Host,
    trigger: *const abi::Trigger,
    origin: &'static Origin,
    body: &mut dyn for<'a> FnMut(&PgTrigger<'a>) -> Result<Option<TriggerRow>, Box<dyn Error + Send + Sync + 'static>>,
) -> i32 {
    if host.is_null() {
        return abi::BAD_CALL;
    }
    // SAFETY: non-null, valid for the call by the caller's promise.
    let host: &abi::Host = unsafe { &*host };
    if host.abi_version != abi::ABI_VERSION {
        report_error(host, &format!("the host speaks plrustc ABI {}, this function ABI {}", host.abi_version, abi::ABI_VERSION));
        return abi::BAD_CALL;
    }
    if trigger.is_null() {
        report_error(host, "a trigger function was called without trigger data");
        return abi::BAD_CALL;
    }
    // SAFETY: non-null, valid for the call by the caller's promise.
    let trigger = match PgTrigger::from_raw(unsafe { &*trigger }) {
        Ok(trigger) => trigger,
        Err(message) => {
            report_error(host, &message);
            return abi::BAD_CALL;
        }
    };
    install_panic_hook();
    let previous = HOST.with(|slot| slot.replace(host as *const abi::Host));
    let previous_origin = ORIGIN.with(|slot| slot.replace(Some(origin)));
    PANIC_MESSAGE.with(|slot| *slot.borrow_mut() = None);
    let mut sink = Sink { host };
    let outcome = panic::catch_unwind(AssertUnwindSafe(|| -> Result<(), Box<dyn Error + Send + Sync + 'static>> {
        if let Some(row) = body(&trigger)? {
            // The row's columns are the table's only if this call made it.
            if row.call != trigger.call || row.columns != trigger.columns {
                return Err(Box::new(RowFromAnotherCall));
            }
            sink.row(row.values);
        }
        Ok(())
    }));
    // Still inside the call: what `finish` runs of the body's code is quiet too.
    let status = finish(host, outcome);
    HOST.with(|slot| slot.set(previous));
    ORIGIN.with(|slot| slot.set(previous_origin));
    status
}
