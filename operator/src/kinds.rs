//! The kinds this operator instance serves (those whose CRDs are installed), each with its
//! `KindInfo` and the `ApiResource` the Kubernetes client needs.

use kube::core::{ApiResource, GroupVersionKind};

use aso_runtime::KindInfo;

/// One served kind.
#[derive(Debug, Clone)]
pub struct Kind {
    /// Position in [`Kinds`]; object keys carry it.
    pub index: usize,
    pub info: &'static KindInfo,
    pub resource: ApiResource,
}

impl Kind {
    /// The `KindInfo` an object of this kind is reconciled with: its ARM api-version and
    /// shapes. One per CRD today; once a CRD serves several versions, the object's
    /// `spec.originalVersion` chooses among them here, and everything downstream already takes
    /// the choice as a parameter.
    pub fn info_for(&self, _obj: &kube::api::DynamicObject) -> &'static KindInfo {
        self.info
    }
}

/// The served kinds.
#[derive(Debug, Clone, Default)]
pub struct Kinds {
    kinds: Vec<Kind>,
}

impl Kinds {
    pub fn new(infos: impl IntoIterator<Item = &'static KindInfo>) -> Kinds {
        let kinds = infos
            .into_iter()
            .enumerate()
            .map(|(index, info)| Kind {
                index,
                info,
                resource: api_resource(info),
            })
            .collect();
        Kinds { kinds }
    }

    /// Adds kinds served at their own resource (the database `User` kinds, at `v1`).
    pub fn extend(&mut self, more: impl IntoIterator<Item = (&'static KindInfo, ApiResource)>) {
        for (info, resource) in more {
            let index = self.kinds.len();
            self.kinds.push(Kind {
                index,
                info,
                resource,
            });
        }
    }

    pub fn get(&self, index: usize) -> &Kind {
        &self.kinds[index]
    }

    /// The kind of API group `group` (`storage.azure.com`) named `kind`.
    pub fn find(&self, group: &str, kind: &str) -> Option<&Kind> {
        self.kinds
            .iter()
            .find(|k| k.info.api_group == group && k.info.kind == kind)
    }

    pub fn iter(&self) -> impl Iterator<Item = &Kind> {
        self.kinds.iter()
    }

    pub fn len(&self) -> usize {
        self.kinds.len()
    }

    pub fn is_empty(&self) -> bool {
        self.kinds.is_empty()
    }
}

/// The kind's resource at the hub version: objects are read and written as stored, whatever
/// version they were written in (`aso_runtime::versions`).
pub fn api_resource(info: &KindInfo) -> ApiResource {
    ApiResource::from_gvk_with_plural(
        &GroupVersionKind::gvk(info.api_group, aso_runtime::versions::HUB, info.kind),
        info.plural,
    )
}
