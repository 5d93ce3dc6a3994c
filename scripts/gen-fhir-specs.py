#!/usr/bin/env python3
"""Generates the FHIR definitions Wharf validates against: specs/fhir/R4 and specs/fhir/R5.

The element facts (paths, types, choice types, cardinality, element order, backbone elements, content references) are
read from the fhir.resources Python package, whose model classes are generated from the official HL7 FHIR
StructureDefinitions: 6.4.0 carries FHIR 4.0.1 (R4), 8.3.0 carries FHIR 5.0.0 (R5). The wheels are read as text with
`ast` (nothing is imported or run). Required value set bindings and their codes are curated below from the official
value sets (hl7.org/fhir, cross-checked with HAPI's generated enumerations); the script checks them against the short
descriptions fhir.resources carries and stops on any disagreement.

usage: scripts/gen-fhir-specs.py [WHEEL_DIR]
  WHEEL_DIR holds fhir.resources-6.4.0 and fhir_resources-8.3.0 wheels; without it they are fetched with
  `pip download --no-deps` into a temporary directory. specs/fhir/primitives.json and README.md are hand-written and
  left alone. Run scripts/embed-specs.sh afterwards.
"""
import ast
import json
import pathlib
import subprocess
import sys
import tempfile
import zipfile

PRIMITIVES = {
    "Boolean": "boolean", "String": "string", "Code": "code", "DateTime": "dateTime", "Markdown": "markdown",
    "Uri": "uri", "Canonical": "canonical", "PositiveInt": "positiveInt", "Decimal": "decimal", "Integer": "integer",
    "Integer64": "integer64", "Date": "date", "Id": "id", "UnsignedInt": "unsignedInt", "Instant": "instant",
    "Time": "time", "Url": "url", "Base64Binary": "base64Binary", "Uuid": "uuid", "Oid": "oid", "Xhtml": "xhtml",
}


def literal(node):
    try:
        return ast.literal_eval(node)
    except Exception:
        return None


class Field:
    def __init__(self, name, annotation, call):
        self.name = name
        self.alias = name
        self.required = False
        self.extra = {}
        for kw in call.keywords:
            if kw.arg == "alias":
                self.alias = literal(kw.value)
            elif kw.arg == "default":
                self.required = isinstance(kw.value, ast.Constant) and kw.value.value is Ellipsis
            elif kw.arg == "json_schema_extra":
                self.extra.update(literal(kw.value) or {})
            elif kw.arg == "title":
                self.extra["title"] = literal(kw.value)
            elif kw.arg is not None:
                self.extra[kw.arg] = literal(kw.value)
        if call.args:
            first = call.args[0]
            self.required = isinstance(first, ast.Constant) and first.value is Ellipsis
        if self.extra.get("element_required"):
            self.required = True
        self.is_list, self.type_name = self.parse_annotation(annotation)

    @staticmethod
    def parse_annotation(node):
        # strip "X | None"
        if isinstance(node, ast.BinOp):
            node = node.left
        is_list = False
        if isinstance(node, ast.Subscript):
            outer = ast.unparse(node.value)
            if outer in ("typing.List", "List", "list"):
                is_list = True
                node = node.slice
            if isinstance(node, ast.Subscript) and ast.unparse(node.value) in ("typing.Union", "Union"):
                node = node.slice.elts[0]
            if isinstance(node, ast.Subscript) and ast.unparse(node.value) in ("typing.Optional", "Optional"):
                node = node.slice
        if isinstance(node, ast.BinOp):
            node = node.left
        text = ast.unparse(node)
        if text == "bool":
            return is_list, "Boolean"
        text = text.removeprefix("fhirtypes.")
        if text.endswith("Type") and text[:-4] in PRIMITIVES:
            text = text[:-4]
        return is_list, text


class Package:
    def __init__(self, folder):
        self.folder = pathlib.Path(folder)
        self.classes = {}  # class name -> (module, ClassDef)
        for path in sorted(self.folder.glob("*.py")):
            if path.name in ("fhirtypes.py", "fhirtypesvalidators.py", "__init__.py"):
                continue
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in tree.body:
                if isinstance(node, ast.ClassDef):
                    self.classes.setdefault(node.name, (path.stem, node))
        self.type_targets = self.read_fhirtypes()

    def read_fhirtypes(self):
        targets = {}
        tree = ast.parse((self.folder / "fhirtypes.py").read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):  # v6: class XType(AbstractType): __resource_type__ = "X"
                for stmt in node.body:
                    if isinstance(stmt, ast.Assign) and getattr(stmt.targets[0], "id", "") == "__resource_type__":
                        targets[node.name] = literal(stmt.value)
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") in (
                    "create_fhir_type", "create_fhir_element_or_resource_type"):
                name, dotted = literal(node.args[0]), literal(node.args[1])
                if name and dotted:
                    targets[name] = dotted.rsplit(".", 1)[1]
        return targets

    def class_named(self, name):
        return self.classes.get(name)

    def bases(self, classdef):
        result = []
        for base in classdef.bases:
            text = ast.unparse(base)
            result.append(text.rsplit(".", 1)[-1])
        return result

    def fields(self, name):
        """Fields of a class with inherited ones, keyed by alias."""
        module, classdef = self.classes[name]
        fields = {}
        for base in self.bases(classdef):
            if base in self.classes:
                fields.update(self.fields(base))
        for stmt in classdef.body:
            if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.value, ast.Call):
                if ast.unparse(stmt.value.func) != "Field":
                    continue
                field = Field(stmt.target.id, stmt.annotation, stmt.value)
                if field.name.endswith("__ext") or field.alias.startswith("_") or field.alias == "resourceType":
                    continue
                fields[field.alias] = field
        return fields

    def sequence(self, name):
        module, classdef = self.classes[name]
        for stmt in classdef.body:
            if isinstance(stmt, ast.FunctionDef) and stmt.name == "elements_sequence":
                for inner in ast.walk(stmt):
                    if isinstance(inner, ast.Return):
                        return literal(inner.value)
        for base in self.bases(classdef):
            if base in self.classes:
                found = self.sequence(base)
                if found:
                    return found
        return None

    def resolve_type(self, type_name):
        """-> (kind, name): kind 'primitive' | 'class' | 'resource'"""
        if type_name in PRIMITIVES:
            return "primitive", PRIMITIVES[type_name]
        target = self.type_targets.get(type_name, type_name.removesuffix("Type"))
        if target in ("Resource",):
            return "resource", "Resource"
        return "class", target

    def ancestry(self, name):
        chain = [name]
        while True:
            module, classdef = self.classes[chain[-1]]
            bases = [b for b in self.bases(classdef) if b in self.classes]
            if not bases:
                return chain
            chain.append(bases[0])


def structure(package, name, datatypes_needed, type_names):
    module, classdef = package.class_named(name)
    elements = []
    seen_classes = {}

    def walk(class_name, path, depth):
        fields = package.fields(class_name)
        order = package.sequence(class_name) or sorted(fields)
        # group choices
        choice_done = set()
        for alias in order:
            if alias not in fields:
                # choice base names appear in the sequence in newer packages (e.g. "item")
                group = [f for f in fields.values() if f.extra.get("one_of_many") == alias]
                if not group:
                    continue
                field_list = group
            else:
                field = fields[alias]
                group_name = field.extra.get("one_of_many")
                if group_name:
                    if group_name in choice_done:
                        continue
                    field_list = [f for f in fields.values() if f.extra.get("one_of_many") == group_name]
                    field_list.sort(key=lambda f: order.index(f.alias) if f.alias in order else 999)
                else:
                    field_list = [field]
            first = field_list[0]
            group_name = first.extra.get("one_of_many")
            if group_name:
                if group_name in choice_done:
                    continue
                choice_done.add(group_name)
                types = []
                for f in field_list:
                    kind, tname = package.resolve_type(f.type_name)
                    suffix = f.alias[len(group_name):]
                    types.append(suffix[0].lower() + suffix[1:] if kind == "primitive" else suffix)
                    if kind == "class":
                        datatypes_needed.add(tname)
                element = {"path": f"{path}.{group_name}[x]", "min": 1 if first.extra.get("one_of_many_required") else 0,
                           "max": "1", "types": types}
                elements.append(element)
                continue
            kind, tname = package.resolve_type(first.type_name)
            element = {"path": f"{path}.{first.alias}", "min": 1 if first.required else 0,
                       "max": "*" if first.is_list else "1"}
            if kind == "primitive":
                element["types"] = [tname]
                codes = first.extra.get("enum_values")
                if codes:
                    element["codes"] = codes
                    element["title"] = first.extra.get("title")
                elements.append(element)
            elif kind == "resource":
                element["types"] = ["Resource"]
                elements.append(element)
            else:
                if package.class_named(tname) is None:
                    sys.exit(f"no class {tname} for {path}.{first.alias}")
                tmodule, tclass = package.class_named(tname)
                chain = package.ancestry(tname)
                is_backbone = tmodule == module and tname not in type_names
                if is_backbone:
                    if tname in seen_classes:
                        element["contentReference"] = "#" + seen_classes[tname]
                        element["types"] = []
                        elements.append(element)
                        continue
                    seen_classes[tname] = element["path"]
                    element["types"] = ["BackboneElement" if "BackboneElement" in chain else "Element"]
                    elements.append(element)
                    walk(tname, element["path"], depth + 1)
                else:
                    element["types"] = [tname]
                    datatypes_needed.add(tname)
                    elements.append(element)

    walk(name, name, 0)
    chain = package.ancestry(name)
    return {"name": name, "base": chain[1] if len(chain) > 1 else None, "elements": elements}



RESOURCES = ["SupplyRequest", "SupplyDelivery", "Invoice", "ChargeItem", "MedicationDispense", "Device", "Medication",
             "Organization", "Location", "Practitioner", "Bundle", "OperationOutcome"]
RELEASES = {
    "R4": {"wheel": "fhir.resources==6.4.0", "glob": "fhir.resources-6.4.0-*.whl", "fhirVersion": "4.0.1",
           "resources": RESOURCES},
    "R5": {"wheel": "fhir.resources==8.3.0", "glob": "fhir_resources-8.3.0-*.whl", "fhirVersion": "5.0.0",
           "resources": RESOURCES + ["InventoryReport", "InventoryItem"]},
}

VS = "http://hl7.org/fhir/ValueSet/"
COMMON_VALUE_SETS = {
    "supplyrequest-status": ("SupplyRequestStatus",
                             "draft active suspended cancelled completed entered-in-error unknown"),
    "request-priority": ("RequestPriority", "routine urgent asap stat"),
    "supplydelivery-status": ("SupplyDeliveryStatus", "in-progress completed abandoned entered-in-error"),
    "invoice-status": ("InvoiceStatus", "draft issued balanced cancelled entered-in-error"),
    "chargeitem-status": ("ChargeItemStatus",
                          "planned billable not-billable aborted billed entered-in-error unknown"),
    "medicationdispense-status": ("MedicationDispenseStatus",
                                  "preparation in-progress cancelled on-hold completed entered-in-error stopped "
                                  "declined unknown"),
    "medication-status": ("MedicationStatus", "active inactive entered-in-error"),
    "location-status": ("LocationStatus", "active suspended inactive"),
    "location-mode": ("LocationMode", "instance kind"),
    "days-of-week": ("DaysOfWeek", "mon tue wed thu fri sat sun"),
    "administrative-gender": ("AdministrativeGender", "male female other unknown"),
    "search-entry-mode": ("SearchEntryMode", "match include outcome"),
    "http-verb": ("HTTPVerb", "GET HEAD POST PUT DELETE PATCH"),
    "address-use": ("AddressUse", "home work temp old billing"),
    "address-type": ("AddressType", "postal physical both"),
    "contact-point-system": ("ContactPointSystem", "phone fax email pager url sms other"),
    "contact-point-use": ("ContactPointUse", "home work temp old mobile"),
    "name-use": ("NameUse", "usual official temp nickname anonymous old maiden"),
    "identifier-use": ("IdentifierUse", "usual official temp secondary old"),
    "narrative-status": ("NarrativeStatus", "generated extensions additional empty"),
    "units-of-time": ("UnitsOfTime", "s min h d wk mo a"),
    "sort-direction": ("SortDirection", "ascending descending"),
    "operation-parameter-use": ("OperationParameterUse", "in out"),
    "trigger-type": ("TriggerType",
                     "named-event periodic data-changed data-added data-modified data-removed data-accessed "
                     "data-access-ended"),
}
ISSUE_TYPES_R4 = ("invalid structure required value invariant security login unknown expired forbidden suppressed "
                  "processing not-supported duplicate multiple-matches not-found deleted too-long code-invalid "
                  "extension too-costly business-rule conflict transient lock-error no-store exception timeout "
                  "incomplete throttled informational")
VALUE_SETS = {
    "R4": dict(COMMON_VALUE_SETS, **{
        "device-status": ("FHIRDeviceStatus", "active inactive entered-in-error unknown"),
        "udi-entry-type": ("UDIEntryType", "barcode rfid manual card self-reported unknown"),
        "device-nametype": ("DeviceNameType",
                            "udi-label-name user-friendly-name patient-reported-name manufacturer-name model-name "
                            "other"),
        "invoice-priceComponentType": ("InvoicePriceComponentType",
                                       "base surcharge deduction discount tax informational"),
        "bundle-type": ("BundleType",
                        "document message transaction transaction-response batch batch-response history searchset "
                        "collection"),
        "issue-severity": ("IssueSeverity", "fatal error warning information"),
        "issue-type": ("IssueType", ISSUE_TYPES_R4),
        "quantity-comparator": ("QuantityComparator", "< <= >= >"),
        "contributor-type": ("ContributorType", "author editor reviewer endorser"),
        "related-artifact-type": ("RelatedArtifactType",
                                  "documentation justification citation predecessor successor derived-from "
                                  "depends-on composed-of"),
    }),
    "R5": dict(COMMON_VALUE_SETS, **{
        "device-status": ("FHIRDeviceStatus", "active inactive entered-in-error"),
        "udi-entry-type": ("UDIEntryType",
                           "barcode rfid manual card self-reported electronic-transmission unknown"),
        "device-nametype": ("DeviceNameType", "registered-name user-friendly-name patient-reported-name"),
        "price-component-type": ("PriceComponentType", "base surcharge deduction discount tax informational"),
        "bundle-type": ("BundleType",
                        "document message transaction transaction-response batch batch-response history searchset "
                        "collection subscription-notification"),
        "issue-severity": ("IssueSeverity", "fatal error warning information success"),
        "issue-type": ("IssueType", ISSUE_TYPES_R4.replace("conflict", "conflict limited-filter") + " success"),
        "quantity-comparator": ("QuantityComparator", "< <= >= > ad"),
        "inventoryreport-status": ("InventoryReportStatus", "draft requested active entered-in-error"),
        "inventoryreport-counttype": ("InventoryCountType", "snapshot difference"),
        "inventoryitem-status": ("InventoryItemStatusCodes", "active inactive entered-in-error unknown"),
        "value-filter-comparator": ("ValueFilterComparator", "eq gt lt ge le sa eb"),
        "publication-status": ("PublicationStatus", "draft active retired unknown"),
        "related-artifact-type": ("RelatedArtifactType",
                                  "documentation justification citation predecessor successor derived-from "
                                  "depends-on composed-of part-of amends amended-with appends appended-with cites "
                                  "cited-by comments-on comment-in contains contained-in corrects correction-in "
                                  "replaces replaced-with retracts retracted-by signs similar-to supports "
                                  "supported-with transforms transformed-into transformed-with documents "
                                  "specification-of created-with cite-as"),
    }),
}
COMMON_BINDINGS = {
    "SupplyRequest.status": "supplyrequest-status", "SupplyRequest.priority": "request-priority",
    "SupplyDelivery.status": "supplydelivery-status", "Invoice.status": "invoice-status",
    "ChargeItem.status": "chargeitem-status", "MedicationDispense.status": "medicationdispense-status",
    "Device.status": "device-status", "Device.udiCarrier.entryType": "udi-entry-type",
    "Medication.status": "medication-status", "Location.status": "location-status", "Location.mode": "location-mode",
    "Practitioner.gender": "administrative-gender", "Bundle.type": "bundle-type",
    "Bundle.entry.search.mode": "search-entry-mode", "Bundle.entry.request.method": "http-verb",
    "OperationOutcome.issue.severity": "issue-severity", "OperationOutcome.issue.code": "issue-type",
    "Address.use": "address-use", "Address.type": "address-type", "ContactPoint.system": "contact-point-system",
    "ContactPoint.use": "contact-point-use", "HumanName.use": "name-use", "Identifier.use": "identifier-use",
    "Narrative.status": "narrative-status", "Quantity.comparator": "quantity-comparator",
    "Age.comparator": "quantity-comparator", "Count.comparator": "quantity-comparator",
    "Distance.comparator": "quantity-comparator", "Duration.comparator": "quantity-comparator",
    "Timing.repeat.durationUnit": "units-of-time", "Timing.repeat.periodUnit": "units-of-time",
    "Timing.repeat.dayOfWeek": "days-of-week", "DataRequirement.sort.direction": "sort-direction",
    "ParameterDefinition.use": "operation-parameter-use", "RelatedArtifact.type": "related-artifact-type",
    "TriggerDefinition.type": "trigger-type",
}
BINDINGS = {
    "R4": dict(COMMON_BINDINGS, **{
        "Device.deviceName.type": "device-nametype",
        "Invoice.lineItem.priceComponent.type": "invoice-priceComponentType",
        "Location.hoursOfOperation.daysOfWeek": "days-of-week", "Contributor.type": "contributor-type",
    }),
    "R5": dict(COMMON_BINDINGS, **{
        "Device.name.type": "device-nametype", "MonetaryComponent.type": "price-component-type",
        "Availability.availableTime.daysOfWeek": "days-of-week",
        "InventoryReport.status": "inventoryreport-status", "InventoryReport.countType": "inventoryreport-counttype",
        "InventoryItem.status": "inventoryitem-status",
        "DataRequirement.valueFilter.comparator": "value-filter-comparator",
        "RelatedArtifact.publicationStatus": "publication-status",
    }),
}
# Short descriptions in fhir.resources that are not the value set's code list ("+" = "and more", "etc."), or that
# abbreviate the R5 value set: the curated codes win, the check is skipped for these paths.
TITLE_NOT_A_CODE_LIST = {"SupplyRequest.status", "Device.udiCarrier.entryType", "Bundle.entry.search.mode"}


def bind(release, elements, problems):
    bindings = BINDINGS[release]
    for element in elements:
        title_codes = element.pop("codes", None)
        element.pop("title", None)
        vs_id = bindings.get(element["path"])
        if vs_id is None:
            continue
        if element.get("types") != ["code"]:
            problems.append(f"{release} {element['path']}: bound but not of type code")
        name, codes = VALUE_SETS[release][vs_id]
        element["binding"] = {"strength": "required", "valueSet": VS + vs_id}
        if title_codes and element["path"] not in TITLE_NOT_A_CODE_LIST and title_codes != codes.split():
            problems.append(f"{release} {element['path']}: curated {codes.split()} but fhir.resources says "
                            f"{title_codes}")


def element_line(element):
    return json.dumps(element, ensure_ascii=False, separators=(", ", ": "))


def write_structure_file(path, head, key, structures):
    lines = ["{" + ", ".join(f'"{k}": {json.dumps(v)}' for k, v in head.items()) + f', "{key}": {{']
    names = list(structures)
    for index, name in enumerate(names):
        structure = structures[name]
        lines.append(f'  "{name}": {{"base": {json.dumps(structure["base"])}, "elements": [')
        body = [f"    {element_line(e)}" for e in structure["elements"]]
        lines.append(",\n".join(body))
        lines.append("  ]}" + ("," if index < len(names) - 1 else ""))
    lines.append("}}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def wheel_dir(argument):
    if argument:
        return pathlib.Path(argument)
    folder = pathlib.Path(tempfile.mkdtemp(prefix="fhir-wheels-"))
    for release in RELEASES.values():
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-d", str(folder), release["wheel"]],
                       check=True)
    return folder


def main():
    root = pathlib.Path(__file__).resolve().parent.parent
    wheels = wheel_dir(sys.argv[1] if len(sys.argv) > 1 else None)
    problems = []
    for release, info in RELEASES.items():
        wheel = sorted(wheels.glob(info["glob"]))[0]
        unpacked = pathlib.Path(tempfile.mkdtemp(prefix=f"fhir-{release}-"))
        with zipfile.ZipFile(wheel) as archive:
            archive.extractall(unpacked)
        package = Package(unpacked / "fhir" / "resources")
        resource_types = []
        for cname, (module, classdef) in package.classes.items():
            chain = package.ancestry(cname)
            if "Resource" in chain and module == cname.lower() and cname not in (
                    "Resource", "DomainResource", "CanonicalResource", "MetadataResource"):
                resource_types.append(cname)
        datatype_names = {c for c, (m, _) in package.classes.items() if m == c.lower() and c not in resource_types}
        needed = {"Element"}  # the content of primitive extensions (`_status`): id and extension
        resources = {name: structure(package, name, needed, datatype_names) for name in info["resources"]}
        datatypes = {}
        done = set()
        while needed - done:
            name = sorted(needed - done)[0]
            done.add(name)
            datatypes[name] = structure(package, name, needed, datatype_names)
        datatypes = dict(sorted(datatypes.items()))
        for structures in (resources, datatypes):
            for item in structures.values():
                bind(release, item["elements"], problems)
        unused = set(BINDINGS[release]) - {e["path"] for s in list(resources.values()) + list(datatypes.values())
                                            for e in s["elements"]}
        problems += [f"{release} {path}: binding for an element that does not exist" for path in sorted(unused)]
        out = root / "specs" / "fhir" / release
        out.mkdir(parents=True, exist_ok=True)
        head = {"release": release, "fhirVersion": info["fhirVersion"]}
        write_structure_file(out / "resources.json", head, "resources", resources)
        write_structure_file(out / "datatypes.json", head, "datatypes", datatypes)
        used = sorted({BINDINGS[release][p] for p in BINDINGS[release]})
        value_sets = ",\n".join(
            f'  "{VS + vs}": {{"name": "{VALUE_SETS[release][vs][0]}", "codes": '
            f'{json.dumps(VALUE_SETS[release][vs][1].split())}}}' for vs in used)
        (out / "valuesets.json").write_text(
            "{" + ", ".join(f'"{k}": "{v}"' for k, v in head.items()) + ', "valueSets": {\n' + value_sets + "\n}}\n",
            encoding="utf-8")
        names = sorted(resource_types)
        chunks = [", ".join(json.dumps(n) for n in names[i:i + 8]) for i in range(0, len(names), 8)]
        (out / "resource-types.json").write_text(
            "{" + ", ".join(f'"{k}": "{v}"' for k, v in head.items()) + ', "resourceTypes": [\n  '
            + ",\n  ".join(chunks) + "\n]}\n", encoding="utf-8")
        print(f"wrote specs/fhir/{release}: {len(resources)} resources, {len(datatypes)} datatypes, "
              f"{len(used)} value sets, {len(names)} resource types")
    if problems:
        sys.exit("problems:\n  " + "\n  ".join(problems))


main()
