//! Completeness and review report over locale files, for tests and a future
//! `tellsafe locales check` command.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{self, Entry, Expression, InlineExpression, PatternElement};
use fluent_syntax::parser;
use serde::Serialize;

use super::meta::{LocaleCatalog, LocaleRole, ReviewStatus};

/// Variables the localizer always sets (with defaults), so any translation may select on
/// them even where the reference does not.
const ALWAYS_SET: [&str; 2] = ["band", "days"];

/// One parse error in one file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ParseIssue {
    /// File name (or index) within the locale.
    pub file: String,
    /// 1-based line of the error.
    pub line: usize,
    /// What the parser expected.
    pub kind: String,
}

/// The check of one locale against the reference.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LocaleCheck {
    /// Locale tag.
    pub tag: String,
    /// Reference, translation or pseudo.
    pub role: LocaleRole,
    /// Review status from `locale.json`.
    pub status: ReviewStatus,
    /// Whether the UI shows the draft notice for it (and negotiation needs the flag).
    pub is_draft: bool,
    /// No `.ftl` files were given for a locale that needs its own.
    pub files_missing: bool,
    /// Parse errors.
    pub parse_errors: Vec<ParseIssue>,
    /// Messages (`id` or `id.attribute`) of the reference this locale lacks.
    pub missing_messages: Vec<String>,
    /// Messages (`id` or `id.attribute`) this locale has and the reference does not.
    pub extra_messages: Vec<String>,
    /// `id: $variable` used here but never by the reference message (a translation must
    /// not ask for data the caller does not pass). `band` and `days` are always set, so a
    /// translation may select on them anywhere.
    pub unexpected_variables: Vec<String>,
}

impl LocaleCheck {
    /// No parse error, nothing missing, nothing extra, no unexpected variable.
    pub fn is_complete(&self) -> bool {
        !self.files_missing
            && self.parse_errors.is_empty()
            && self.missing_messages.is_empty()
            && self.extra_messages.is_empty()
            && self.unexpected_variables.is_empty()
    }
}

/// The check of a whole catalog.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LocalesReport {
    /// The reference locale everything is compared with.
    pub reference: String,
    /// One entry per catalog locale, in catalog order.
    pub locales: Vec<LocaleCheck>,
}

impl LocalesReport {
    /// Every locale is complete.
    pub fn is_clean(&self) -> bool {
        self.locales.iter().all(LocaleCheck::is_complete)
    }

    /// Tags of the locales shown as drafts.
    pub fn drafts(&self) -> Vec<&str> {
        self.locales
            .iter()
            .filter(|l| l.is_draft)
            .map(|l| l.tag.as_str())
            .collect()
    }
}

/// What one message holds, for comparison across locales.
#[derive(Debug, Default, Clone)]
struct MessageShape {
    attributes: BTreeSet<String>,
    variables: BTreeSet<String>,
    references: BTreeSet<String>,
}

fn walk_pattern(pattern: &ast::Pattern<&str>, shape: &mut MessageShape) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            walk_expression(expression, shape);
        }
    }
}

fn walk_expression(expression: &Expression<&str>, shape: &mut MessageShape) {
    match expression {
        Expression::Select { selector, variants } => {
            walk_inline(selector, shape);
            for variant in variants {
                walk_pattern(&variant.value, shape);
            }
        }
        Expression::Inline(inline) => walk_inline(inline, shape),
    }
}

fn walk_inline(inline: &InlineExpression<&str>, shape: &mut MessageShape) {
    match inline {
        InlineExpression::VariableReference { id } => {
            shape.variables.insert(id.name.to_owned());
        }
        InlineExpression::MessageReference { id, .. } => {
            shape.references.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for arg in &arguments.positional {
                walk_inline(arg, shape);
            }
            for arg in &arguments.named {
                walk_inline(&arg.value, shape);
            }
        }
        InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for arg in &arguments.positional {
                walk_inline(arg, shape);
            }
            for arg in &arguments.named {
                walk_inline(&arg.value, shape);
            }
        }
        InlineExpression::Placeable { expression } => walk_expression(expression, shape),
        _ => {}
    }
}

/// Parses sources into message shapes, collecting parse errors.
fn shapes(files: &[(&str, &str)], issues: &mut Vec<ParseIssue>) -> BTreeMap<String, MessageShape> {
    let mut out = BTreeMap::new();
    for (name, source) in files {
        let resource = match parser::parse(*source) {
            Ok(resource) => resource,
            Err((resource, errors)) => {
                for error in errors {
                    let line = source[..error.pos.start.min(source.len())].matches('\n').count() + 1;
                    issues.push(ParseIssue {
                        file: (*name).to_owned(),
                        line,
                        kind: error.kind.to_string(),
                    });
                }
                resource
            }
        };
        for entry in resource.body {
            if let Entry::Message(message) = entry {
                let mut shape = MessageShape::default();
                if let Some(value) = &message.value {
                    walk_pattern(value, &mut shape);
                }
                for attribute in &message.attributes {
                    shape.attributes.insert(attribute.id.name.to_owned());
                    walk_pattern(&attribute.value, &mut shape);
                }
                out.insert(message.id.name.to_owned(), shape);
            }
        }
    }
    out
}

/// Every message id of the sources with the variables it uses, including those of the
/// messages it references (transitively, within these sources). Parse errors are ignored
/// here; [`check_sources`] reports them.
pub fn message_variables(sources: &[&str]) -> BTreeMap<String, BTreeSet<String>> {
    let files: Vec<(&str, &str)> = sources.iter().map(|s| ("", *s)).collect();
    let shapes = shapes(&files, &mut Vec::new());
    shapes
        .keys()
        .map(|id| {
            let mut variables = BTreeSet::new();
            let mut seen = BTreeSet::new();
            let mut stack = vec![id.as_str()];
            while let Some(current) = stack.pop() {
                if !seen.insert(current) {
                    continue;
                }
                if let Some(shape) = shapes.get(current) {
                    variables.extend(shape.variables.iter().cloned());
                    stack.extend(shape.references.iter().map(String::as_str));
                }
            }
            (id.clone(), variables)
        })
        .collect()
}

fn keys(shapes: &BTreeMap<String, MessageShape>) -> BTreeSet<String> {
    shapes
        .iter()
        .flat_map(|(id, shape)| {
            std::iter::once(id.clone()).chain(shape.attributes.iter().map(move |a| format!("{id}.{a}")))
        })
        .collect()
}

/// Checks every locale of `catalog` against its reference. `files` gives, per locale tag
/// with its own files, `(file name, source)` pairs.
pub fn check_sources(catalog: &LocaleCatalog, files: &[(&str, Vec<(&str, &str)>)]) -> LocalesReport {
    let reference = catalog.reference();
    let find = |tag: &str| files.iter().find(|(t, _)| *t == tag).map(|(_, f)| f.as_slice());
    let reference_shapes = shapes(find(&reference.tag).unwrap_or(&[]), &mut Vec::new());
    let reference_keys = keys(&reference_shapes);
    let locales = catalog
        .locales()
        .iter()
        .map(|meta| {
            let own_files = find(meta.files_locale());
            let mut parse_errors = Vec::new();
            let shapes = shapes(own_files.unwrap_or(&[]), &mut parse_errors);
            let own_keys = keys(&shapes);
            let unexpected_variables = shapes
                .iter()
                .flat_map(|(id, shape)| {
                    let allowed = reference_shapes.get(id).map(|s| &s.variables);
                    shape
                        .variables
                        .iter()
                        .filter(move |v| !ALWAYS_SET.contains(&v.as_str()))
                        .filter(move |v| allowed.is_some_and(|a| !a.contains(*v)))
                        .map(move |v| format!("{id}: ${v}"))
                })
                .collect();
            LocaleCheck {
                tag: meta.tag.clone(),
                role: meta.role,
                status: meta.status,
                is_draft: meta.is_draft(),
                files_missing: own_files.is_none(),
                parse_errors,
                missing_messages: reference_keys.difference(&own_keys).cloned().collect(),
                extra_messages: own_keys.difference(&reference_keys).cloned().collect(),
                unexpected_variables,
            }
        })
        .collect();
    LocalesReport {
        reference: reference.tag.clone(),
        locales,
    }
}

/// Checks the shipped locales (built-in catalog and embedded files).
#[cfg(feature = "embedded-locales")]
pub fn check_locales() -> Result<LocalesReport, super::I18nError> {
    let catalog = LocaleCatalog::builtin()?;
    let files: Vec<(&str, Vec<(&str, &str)>)> = super::embedded::all()
        .map(|(tag, sources)| (tag, super::LOCALE_FILES.iter().copied().zip(sources).collect()))
        .collect();
    Ok(check_sources(&catalog, &files))
}
