import X12

/// The segment tags the mappings switch on, as ``X12TagCode`` integers (comparing integers, not strings).
enum X12Tag {
    static let ack: UInt32 = 0x41_43_4B
    static let amt: UInt32 = 0x41_4D_54
    static let bak: UInt32 = 0x42_41_4B
    static let beg: UInt32 = 0x42_45_47
    static let big: UInt32 = 0x42_49_47
    static let bsn: UInt32 = 0x42_53_4E
    static let cad: UInt32 = 0x43_41_44
    static let ctp: UInt32 = 0x43_54_50
    static let ctt: UInt32 = 0x43_54_54
    static let cur: UInt32 = 0x43_55_52
    static let dtm: UInt32 = 0x44_54_4D
    static let fob: UInt32 = 0x46_4F_42
    static let hl: UInt32 = 0x48_4C
    static let iss: UInt32 = 0x49_53_53
    static let it1: UInt32 = 0x49_54_31
    static let itd: UInt32 = 0x49_54_44
    static let lin: UInt32 = 0x4C_49_4E
    static let man: UInt32 = 0x4D_41_4E
    static let mea: UInt32 = 0x4D_45_41
    static let msg: UInt32 = 0x4D_53_47
    static let n1: UInt32 = 0x4E_31
    static let n2: UInt32 = 0x4E_32
    static let n3: UInt32 = 0x4E_33
    static let n4: UInt32 = 0x4E_34
    static let n9: UInt32 = 0x4E_39
    static let nte: UInt32 = 0x4E_54_45
    static let per: UInt32 = 0x50_45_52
    static let pid: UInt32 = 0x50_49_44
    static let po1: UInt32 = 0x50_4F_31
    static let po3: UInt32 = 0x50_4F_33
    static let po4: UInt32 = 0x50_4F_34
    static let prf: UInt32 = 0x50_52_46
    static let ref: UInt32 = 0x52_45_46
    static let sac: UInt32 = 0x53_41_43
    static let sch: UInt32 = 0x53_43_48
    static let se: UInt32 = 0x53_45
    static let sn1: UInt32 = 0x53_4E_31
    static let st: UInt32 = 0x53_54
    static let td1: UInt32 = 0x54_44_31
    static let td3: UInt32 = 0x54_44_33
    static let td5: UInt32 = 0x54_44_35
    static let tds: UInt32 = 0x54_44_53
    static let txi: UInt32 = 0x54_58_49
}
