pub trait Shape<T: Copy + 'static>: Clone where T: Default {
    type Out<'a> where Self: 'a;
    const N: usize = 3;
    fn area(&self) -> T;
}
impl<T, const N: usize> Shape<T> for [T; N] where T: Copy + Default + 'static {
    type Out<'a> = &'a T where Self: 'a;
    fn area(&self) -> T { self[0] }
}
