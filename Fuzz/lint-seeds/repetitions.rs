macro_rules! m { ($($a:ident),* ; $($b:expr)*) => { $( let $a = 1; )* $( $b; )* }; }
m!(x, y; 1 2 3);
