// RUN: memplan-translate --memplan-to-c-header --pool-storage=argument %s | FileCheck %s --check-prefix=HEADER
// RUN: memplan-opt %s --memplan-rewrite --memplan-lower=pool-storage=argument | FileCheck %s --check-prefix=LOWERED
// The names are valid in C and in C++ (@int becomes pool_int).
// RUN: memplan-translate --memplan-to-c-header --pool-storage=argument %s -o %t.h
// RUN: %host_cc -std=c11 -Wall -Wextra -Werror -pedantic -fsyntax-only -x c %t.h
// RUN: %host_cc -std=c++17 -Wall -Wextra -Werror -pedantic -fsyntax-only -x c++ %t.h

// With pool-storage=argument the header declares, per entry function, the
// struct of the pools it takes, in the order --memplan-lower gives them: the
// pools its body uses directly or through func.calls, in pool declaration
// order. The second RUN line lowers the same module and checks the entry
// functions' signatures against the same, hand-derived order.
//
// Pools, in declaration order: @a, @b, @c, @"x-y" (member x_y), @int (a C
// keyword: member pool_int), @rom (read-only: a const pointer).
// Entry functions (memplan.entry; @helper is not one):
//   @first -> @middle -> @leaf_a (uses @a); @first -> @leaf_c (uses @c),
//     from inside a loop; @first itself uses @"x-y" and @rom.
//     So @first takes a, c, x-y, rom (not b, not int).
//   @second uses @int, then @b, and calls @leaf_a: it takes a, b, int
//     (declaration order, not the order of use).
//   @third calls nothing that uses a pool and uses none: it takes none.
//   @fourth reaches @ping twice, through two paths (@ping uses @b): it takes
//     b once.

// HEADER:      #define MEMPLAN_POOL_A_SIZE 64ULL
// HEADER:      /* The pools @first takes after its own arguments, in this order;
// HEADER-NEXT:    each points to the pool's SIZE bytes, aligned to its ALIGNMENT. */
// HEADER-NEXT: struct memplan_first_workspace_pools {
// HEADER-NEXT:   uint8_t *a;
// HEADER-NEXT:   uint8_t *c;
// HEADER-NEXT:   uint8_t *x_y;
// HEADER-NEXT:   const uint8_t *rom;
// HEADER-NEXT: };
// HEADER-EMPTY:
// HEADER-NEXT: /* The pools @second takes after its own arguments, in this order;
// HEADER-NEXT:    each points to the pool's SIZE bytes, aligned to its ALIGNMENT. */
// HEADER-NEXT: struct memplan_second_workspace_pools {
// HEADER-NEXT:   uint8_t *a;
// HEADER-NEXT:   uint8_t *b;
// HEADER-NEXT:   uint8_t *pool_int;
// HEADER-NEXT: };
// HEADER-EMPTY:
// HEADER-NEXT: /* @third takes no pool. */
// HEADER-EMPTY:
// HEADER-NEXT: /* The pools @fourth takes after its own arguments, in this order;
// HEADER-NEXT:    each points to the pool's SIZE bytes, aligned to its ALIGNMENT. */
// HEADER-NEXT: struct memplan_fourth_workspace_pools {
// HEADER-NEXT:   uint8_t *b;
// HEADER-NEXT: };
// HEADER-EMPTY:
// HEADER-NEXT: #endif /* MEMPLAN_PLAN_H */

// LOWERED-LABEL: func.func @first
// LOWERED-SAME: (%{{.*}}: index, %{{.*}}: memref<64xi8> {memplan.pool = "a"}, %{{.*}}: memref<64xi8> {memplan.pool = "c"}, %{{.*}}: memref<32xi8> {memplan.pool = "x-y"}, %{{.*}}: memref<16xi8> {memplan.pool = "rom"})
// LOWERED-LABEL: func.func @second
// LOWERED-SAME: (%{{.*}}: memref<64xi8> {memplan.pool = "a"}, %{{.*}}: memref<64xi8> {memplan.pool = "b"}, %{{.*}}: memref<16xi8> {memplan.pool = "int"})
// LOWERED-LABEL: func.func @third()
// LOWERED-LABEL: func.func @fourth
// LOWERED-SAME: (%{{.*}}: memref<64xi8> {memplan.pool = "b"})

memplan.pool @a size 64 lower_bound 64
memplan.pool @b size 64 lower_bound 64
memplan.pool @c size 64 lower_bound 64
memplan.pool @"x-y" size 32 lower_bound 32
memplan.pool @int size 16 lower_bound 16
memplan.pool @rom access read_only size 16 lower_bound 16

func.func private @leaf_a() {
  %t = memplan.alloc pool @a offset 0 : memref<16xf32>
  return
}

func.func private @middle() {
  call @leaf_a() : () -> ()
  return
}

func.func private @leaf_c() {
  %t = memplan.alloc pool @c offset 0 : memref<16xf32>
  return
}

func.func @helper() {
  %t = memplan.alloc pool @b offset 0 : memref<16xf32>
  return
}

func.func @first(%n: index) attributes {memplan.entry} {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  call @middle() : () -> ()
  scf.for %i = %c0 to %n step %c1 {
    func.call @leaf_c() : () -> ()
  }
  %x = memplan.alloc pool @"x-y" offset 0 : memref<8xf32>
  %r = memplan.view @rom[0] : memref<4xf32>
  return
}

func.func @second() attributes {memplan.entry} {
  %i = memplan.alloc pool @int offset 0 : memref<4xf32>
  %b = memplan.alloc pool @b offset 0 : memref<16xf32>
  call @leaf_a() : () -> ()
  return
}

func.func @third() attributes {memplan.entry} {
  return
}

func.func private @ping() {
  %b = memplan.alloc pool @b offset 0 : memref<16xf32>
  return
}

func.func private @pong() {
  call @ping() : () -> ()
  return
}

func.func @fourth() attributes {memplan.entry} {
  call @ping() : () -> ()
  call @pong() : () -> ()
  return
}
