//! The built-in resources the simulator serves: what the operator relies on (Namespace, Secret,
//! ConfigMap, ServiceAccount, Event, Lease, CustomResourceDefinition) and what `helm install` of
//! an ordinary operator chart creates. They are stored generically as JSON.

/// Static description of one built-in resource.
pub struct Builtin {
    pub group: &'static str,
    pub version: &'static str,
    pub kind: &'static str,
    pub plural: &'static str,
    pub namespaced: bool,
    pub short_names: &'static [&'static str],
    pub categories: &'static [&'static str],
    pub status: bool,
    /// Objects of this kind carry `metadata.generation` bumped by spec changes.
    pub generation: bool,
    /// Only `create` is served (review-style APIs).
    pub create_only: bool,
}

const fn b(
    group: &'static str,
    version: &'static str,
    kind: &'static str,
    plural: &'static str,
    namespaced: bool,
    short_names: &'static [&'static str],
) -> Builtin {
    Builtin {
        group,
        version,
        kind,
        plural,
        namespaced,
        short_names,
        categories: &[],
        status: false,
        generation: false,
        create_only: false,
    }
}

const fn with_status(mut x: Builtin) -> Builtin {
    x.status = true;
    x.generation = true;
    x
}

const fn all(mut x: Builtin) -> Builtin {
    x.categories = &["all"];
    x
}

const fn review(mut x: Builtin) -> Builtin {
    x.create_only = true;
    x
}

pub static BUILTINS: &[Builtin] = &[
    // core/v1
    b("", "v1", "ConfigMap", "configmaps", true, &["cm"]),
    b("", "v1", "Endpoints", "endpoints", true, &["ep"]),
    b("", "v1", "Event", "events", true, &["ev"]),
    b("", "v1", "LimitRange", "limitranges", true, &["limits"]),
    {
        let mut ns = b("", "v1", "Namespace", "namespaces", false, &["ns"]);
        ns.status = true;
        ns
    },
    with_status(b("", "v1", "Node", "nodes", false, &["no"])),
    with_status(b(
        "",
        "v1",
        "PersistentVolumeClaim",
        "persistentvolumeclaims",
        true,
        &["pvc"],
    )),
    with_status(b(
        "",
        "v1",
        "PersistentVolume",
        "persistentvolumes",
        false,
        &["pv"],
    )),
    all(with_status(b("", "v1", "Pod", "pods", true, &["po"]))),
    b("", "v1", "PodTemplate", "podtemplates", true, &[]),
    all(with_status(b(
        "",
        "v1",
        "ReplicationController",
        "replicationcontrollers",
        true,
        &["rc"],
    ))),
    with_status(b(
        "",
        "v1",
        "ResourceQuota",
        "resourcequotas",
        true,
        &["quota"],
    )),
    b("", "v1", "Secret", "secrets", true, &[]),
    b("", "v1", "ServiceAccount", "serviceaccounts", true, &["sa"]),
    all({
        let mut s = b("", "v1", "Service", "services", true, &["svc"]);
        s.status = true;
        s
    }),
    // apps/v1
    b(
        "apps",
        "v1",
        "ControllerRevision",
        "controllerrevisions",
        true,
        &[],
    ),
    all(with_status(b(
        "apps",
        "v1",
        "DaemonSet",
        "daemonsets",
        true,
        &["ds"],
    ))),
    all(with_status(b(
        "apps",
        "v1",
        "Deployment",
        "deployments",
        true,
        &["deploy"],
    ))),
    all(with_status(b(
        "apps",
        "v1",
        "ReplicaSet",
        "replicasets",
        true,
        &["rs"],
    ))),
    all(with_status(b(
        "apps",
        "v1",
        "StatefulSet",
        "statefulsets",
        true,
        &["sts"],
    ))),
    // batch/v1
    all(with_status(b(
        "batch",
        "v1",
        "CronJob",
        "cronjobs",
        true,
        &["cj"],
    ))),
    all(with_status(b("batch", "v1", "Job", "jobs", true, &[]))),
    // autoscaling/v2
    all(with_status(b(
        "autoscaling",
        "v2",
        "HorizontalPodAutoscaler",
        "horizontalpodautoscalers",
        true,
        &["hpa"],
    ))),
    // policy/v1
    with_status(b(
        "policy",
        "v1",
        "PodDisruptionBudget",
        "poddisruptionbudgets",
        true,
        &["pdb"],
    )),
    // rbac
    b(
        "rbac.authorization.k8s.io",
        "v1",
        "ClusterRoleBinding",
        "clusterrolebindings",
        false,
        &[],
    ),
    b(
        "rbac.authorization.k8s.io",
        "v1",
        "ClusterRole",
        "clusterroles",
        false,
        &[],
    ),
    b(
        "rbac.authorization.k8s.io",
        "v1",
        "RoleBinding",
        "rolebindings",
        true,
        &[],
    ),
    b(
        "rbac.authorization.k8s.io",
        "v1",
        "Role",
        "roles",
        true,
        &[],
    ),
    // coordination, events
    b("coordination.k8s.io", "v1", "Lease", "leases", true, &[]),
    b("events.k8s.io", "v1", "Event", "events", true, &["ev"]),
    // networking, discovery, scheduling, storage
    with_status(b(
        "networking.k8s.io",
        "v1",
        "Ingress",
        "ingresses",
        true,
        &["ing"],
    )),
    b(
        "networking.k8s.io",
        "v1",
        "IngressClass",
        "ingressclasses",
        false,
        &[],
    ),
    b(
        "networking.k8s.io",
        "v1",
        "NetworkPolicy",
        "networkpolicies",
        true,
        &["netpol"],
    ),
    b(
        "discovery.k8s.io",
        "v1",
        "EndpointSlice",
        "endpointslices",
        true,
        &[],
    ),
    b(
        "scheduling.k8s.io",
        "v1",
        "PriorityClass",
        "priorityclasses",
        false,
        &["pc"],
    ),
    b(
        "storage.k8s.io",
        "v1",
        "StorageClass",
        "storageclasses",
        false,
        &["sc"],
    ),
    // admission
    b(
        "admissionregistration.k8s.io",
        "v1",
        "MutatingWebhookConfiguration",
        "mutatingwebhookconfigurations",
        false,
        &[],
    ),
    b(
        "admissionregistration.k8s.io",
        "v1",
        "ValidatingWebhookConfiguration",
        "validatingwebhookconfigurations",
        false,
        &[],
    ),
    with_status(b(
        "admissionregistration.k8s.io",
        "v1",
        "ValidatingAdmissionPolicy",
        "validatingadmissionpolicies",
        false,
        &[],
    )),
    b(
        "admissionregistration.k8s.io",
        "v1",
        "ValidatingAdmissionPolicyBinding",
        "validatingadmissionpolicybindings",
        false,
        &[],
    ),
    // apiextensions
    {
        let mut crd = b(
            "apiextensions.k8s.io",
            "v1",
            "CustomResourceDefinition",
            "customresourcedefinitions",
            false,
            &["crd", "crds"],
        );
        crd.status = true;
        crd.generation = true;
        crd.categories = &["api-extensions"];
        crd
    },
    // reviews (create-only)
    review(b(
        "authentication.k8s.io",
        "v1",
        "TokenReview",
        "tokenreviews",
        false,
        &[],
    )),
    review(b(
        "authentication.k8s.io",
        "v1",
        "SelfSubjectReview",
        "selfsubjectreviews",
        false,
        &[],
    )),
    review(b(
        "authorization.k8s.io",
        "v1",
        "SelfSubjectAccessReview",
        "selfsubjectaccessreviews",
        false,
        &[],
    )),
    review(b(
        "authorization.k8s.io",
        "v1",
        "SubjectAccessReview",
        "subjectaccessreviews",
        false,
        &[],
    )),
    review(b(
        "authorization.k8s.io",
        "v1",
        "SelfSubjectRulesReview",
        "selfsubjectrulesreviews",
        false,
        &[],
    )),
    review(b(
        "authorization.k8s.io",
        "v1",
        "LocalSubjectAccessReview",
        "localsubjectaccessreviews",
        true,
        &[],
    )),
];

/// Group order in discovery, as a real server lists them (core first, then by priority).
pub static GROUP_ORDER: &[&str] = &[
    "",
    "apiregistration.k8s.io",
    "apps",
    "events.k8s.io",
    "authentication.k8s.io",
    "authorization.k8s.io",
    "autoscaling",
    "batch",
    "certificates.k8s.io",
    "networking.k8s.io",
    "policy",
    "rbac.authorization.k8s.io",
    "storage.k8s.io",
    "admissionregistration.k8s.io",
    "apiextensions.k8s.io",
    "scheduling.k8s.io",
    "coordination.k8s.io",
    "discovery.k8s.io",
];

/// The strategic-merge key of a list field of a built-in kind, from the Go struct tags
/// (`patchStrategy:"merge" patchMergeKey:"..."`). `parent` is the field holding the list's
/// object, which tells Service ports (keyed by `port`) from container ports (`containerPort`).
/// `Some("")` marks a merged list of scalars (finalizers).
pub fn merge_key(parent: Option<&str>, field: &str) -> Option<&'static str> {
    Some(match field {
        "containers"
        | "initContainers"
        | "ephemeralContainers"
        | "volumes"
        | "env"
        | "imagePullSecrets"
        | "resourceClaims"
        | "webhooks"
        | "readinessGates" => match field {
            "readinessGates" => "conditionType",
            _ => "name",
        },
        "volumeMounts" => "mountPath",
        "volumeDevices" => "devicePath",
        "hostAliases" => "ip",
        "topologySpreadConstraints" => "topologyKey",
        "conditions" => "type",
        "ownerReferences" => "uid",
        "ports" => match parent {
            Some("spec") => "port",
            _ => "containerPort",
        },
        "finalizers" => "",
        _ => return None,
    })
}
