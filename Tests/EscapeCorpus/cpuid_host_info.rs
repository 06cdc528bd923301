let r = std::arch::x86_64::__cpuid(0x8000_0002);
let s = std::arch::x86_64::__cpuid(0x8000_0003);
let t = std::arch::x86_64::__cpuid(0x8000_0004);
let mut brand = Vec::new();
for q in [r, s, t] { for w in [q.eax, q.ebx, q.ecx, q.edx] { brand.extend_from_slice(&w.to_le_bytes()); } }
let hv = std::arch::x86_64::__cpuid(0x4000_0000);
let mut vendor = Vec::new();
for w in [hv.ebx, hv.ecx, hv.edx] { vendor.extend_from_slice(&w.to_le_bytes()); }
let tsc = 0;
Ok(Some(format!("{} | hypervisor {} | tsc {} | avx2 {}", String::from_utf8_lossy(&brand).trim_end_matches('\0'), String::from_utf8_lossy(&vendor), tsc, std::arch::is_x86_feature_detected!("avx2"))))
