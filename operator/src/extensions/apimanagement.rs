//! API Management (`apimanagement.azure.com`), as ASO customises it.
//!
//! - Deleting a product deletes its subscriptions too (ASO's `product_extensions.go` sends the
//!   product's DELETE with `deleteSubscriptions=true`): APIM otherwise refuses to delete a
//!   product that still has subscriptions, and the object would never go. APIM requires
//!   `If-Match` on the DELETE; `*` deletes whatever version is there, as ASO sends it.
//! - A subscription exports its keys through `listSecrets` (`keys::APIM_SUBSCRIPTION`).

use super::{DeleteMode, Extension};
use crate::arm::client::Extras;

/// `Product_Delete` in `apimproducts.json`.
const DELETE_WITH_SUBSCRIPTIONS: Extras = Extras {
    query: &[("deleteSubscriptions", "true")],
    headers: &[("If-Match", "*")],
};

pub struct Product;

impl Extension for Product {
    fn delete(&self) -> DeleteMode {
        DeleteMode::DeleteWith(&DELETE_WITH_SUBSCRIPTIONS)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deleting_a_product_deletes_its_subscriptions() {
        let DeleteMode::DeleteWith(extras) = Product.delete() else {
            panic!("a product's DELETE carries deleteSubscriptions");
        };
        assert!(extras.query.contains(&("deleteSubscriptions", "true")));
        assert!(extras.headers.contains(&("If-Match", "*")));
    }
}
