/* ast.c — names of node kinds and operators (see ast.h). */
#include "ast.h"

static const char *const kind_names[] = {
#define KC_X(name, member) #name,
    KC_NODE_KINDS(KC_X)
#undef KC_X
};

const char *kc_node_kind_name(NodeKind kind) {
  return (unsigned)kind < NODE_KIND_COUNT ? kind_names[kind] : "?";
}

#define KC_X(e, s) s,
static const char *const binary_ops[] = {KC_BINARY_OPS(KC_X)};
static const char *const logical_ops[] = {KC_LOGICAL_OPS(KC_X)};
static const char *const assign_ops[] = {KC_ASSIGN_OPS(KC_X)};
static const char *const unary_ops[] = {KC_UNARY_OPS(KC_X)};
static const char *const update_ops[] = {KC_UPDATE_OPS(KC_X)};
#undef KC_X

const char *kc_binary_op_str(KcBinaryOp op) { return binary_ops[op]; }
const char *kc_logical_op_str(KcLogicalOp op) { return logical_ops[op]; }
const char *kc_assign_op_str(KcAssignOp op) { return assign_ops[op]; }
const char *kc_unary_op_str(KcUnaryOp op) { return unary_ops[op]; }
const char *kc_update_op_str(KcUpdateOp op) { return update_ops[op]; }
