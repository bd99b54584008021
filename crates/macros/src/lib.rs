//! `#[db_test]`: a test written once that runs on both databases. An attribute rather than a
//! `macro_rules!` call so that rustfmt formats the test bodies.

use proc_macro::TokenStream;
use quote::quote;
use syn::{parse_macro_input, spanned::Spanned, FnArg, ItemFn};

/// Runs the test body once on SQLite and once on PostgreSQL, as `name::sqlite` and
/// `name::postgres`:
///
/// ```ignore
/// use kansrijk_kernel::testing::{db_test, TestDb};
///
/// #[db_test]
/// async fn people_can_log_in(t: TestDb) {
///     let app = TestApp::new(t.db.clone(), vec![]);
///     …
/// }
/// ```
///
/// The argument (`t: TestDb`, `mut t: TestDb`) is bound to a fresh
/// `::kansrijk_kernel::testing::TestDb`; other attributes (doc comments, `#[ignore]`) go on the
/// generated module.
#[proc_macro_attribute]
pub fn db_test(attr: TokenStream, item: TokenStream) -> TokenStream {
    if !attr.is_empty() {
        let attr = proc_macro2::TokenStream::from(attr);
        return syn::Error::new(attr.span(), "#[db_test] takes no arguments")
            .to_compile_error()
            .into();
    }
    let function = parse_macro_input!(item as ItemFn);
    match expand(function) {
        Ok(tokens) => tokens.into(),
        Err(e) => e.to_compile_error().into(),
    }
}

fn expand(function: ItemFn) -> syn::Result<proc_macro2::TokenStream> {
    let ItemFn {
        attrs, sig, block, ..
    } = function;
    if sig.asyncness.is_none() {
        return Err(syn::Error::new(
            sig.fn_token.span(),
            "#[db_test] needs an `async fn`",
        ));
    }
    let mut inputs = sig.inputs.iter();
    let (Some(FnArg::Typed(arg)), None) = (inputs.next(), inputs.next()) else {
        return Err(syn::Error::new(
            sig.inputs.span(),
            "#[db_test] needs exactly one argument: the database (`t: TestDb`)",
        ));
    };
    let name = &sig.ident;
    let (pat, ty) = (&arg.pat, &arg.ty);
    let backends = [quote!(sqlite), quote!(postgres)].map(|backend| {
        quote! {
            #[::tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn #backend() {
                let #pat: #ty = ::kansrijk_kernel::testing::TestDb::#backend().await;
                #block
            }
        }
    });
    Ok(quote! {
        #(#attrs)*
        mod #name {
            #[allow(unused_imports)]
            use super::*;

            #(#backends)*
        }
    })
}
