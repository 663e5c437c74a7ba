/* infer.c — type speculation for typed clones.
 *
 * Deliberately small. A parameter of a direct-call function (resolve.c) is
 * speculated int32 when it is never assigned, not captured, and used as an
 * operand of arithmetic, comparison or bitwise operators somewhere in the
 * function's own body. Such a function gets a typed clone (lower_func.c);
 * speculation is never a correctness risk because the direct entry checks
 * the tags and falls back to the generic body.
 */
#include <stdlib.h>

#include "lower_internal.h"

typedef struct Inf {
  Resolved *r;
  FuncInfo *fi;
  int *numeric_uses; /* per parameter */
} Inf;

static void walk(Inf *I, const Node *n);

static void walk_list(Inf *I, const NodeList *l) {
  for (int i = 0; i < l->count; i++) walk(I, l->items[i]);
}

static void note_operand(Inf *I, const Node *n) {
  if (!n || n->kind != NODE_Identifier) return;
  Ref *ref = kc_ptrmap_get(&I->r->refs, n);
  if (!ref || !ref->b || ref->b->kind != BIND_PARAM || ref->b->scope != I->fi->scope) return;
  int i = ref->b->param_index;
  if (i >= 0 && i < I->fi->nparams) I->numeric_uses[i]++;
}

static bool numeric_op(KcBinaryOp op) {
  switch (op) {
  case KC_BIN_SUB: case KC_BIN_MUL: case KC_BIN_DIV: case KC_BIN_MOD:
  case KC_BIN_LT: case KC_BIN_LE: case KC_BIN_GT: case KC_BIN_GE:
  case KC_BIN_SHL: case KC_BIN_SAR: case KC_BIN_SHR:
  case KC_BIN_BIT_AND: case KC_BIN_BIT_OR: case KC_BIN_BIT_XOR: return true;
  default: return false;
  }
}

static void walk(Inf *I, const Node *n) {
  if (!n) return;
  switch (n->kind) {
  case NODE_FunctionDeclaration:
  case NODE_FunctionExpression:
  case NODE_ArrowFunctionExpression:
  case NODE_ClassDeclaration:
  case NODE_ClassExpression: return; /* other functions */
  case NODE_BinaryExpression:
    if (numeric_op(n->binary.op) ||
        (n->binary.op == KC_BIN_ADD &&
         ((n->binary.left->kind == NODE_Literal && n->binary.left->literal.lit == KC_LIT_NUMBER) ||
          (n->binary.right->kind == NODE_Literal && n->binary.right->literal.lit == KC_LIT_NUMBER)))) {
      note_operand(I, n->binary.left);
      note_operand(I, n->binary.right);
    }
    walk(I, n->binary.left);
    walk(I, n->binary.right);
    return;
  case NODE_ExpressionStatement: walk(I, n->expr_stmt.expression); return;
  case NODE_BlockStatement: walk_list(I, &n->block.body); return;
  case NODE_ReturnStatement:
  case NODE_ThrowStatement:
  case NODE_SpreadElement: walk(I, n->argument.argument); return;
  case NODE_LabeledStatement: walk(I, n->labeled.body); return;
  case NODE_IfStatement:
    walk(I, n->if_stmt.test);
    walk(I, n->if_stmt.consequent);
    walk(I, n->if_stmt.alternate);
    return;
  case NODE_SwitchStatement:
    walk(I, n->switch_stmt.discriminant);
    for (int i = 0; i < n->switch_stmt.cases.count; i++) {
      walk(I, n->switch_stmt.cases.items[i]->switch_case.test);
      walk_list(I, &n->switch_stmt.cases.items[i]->switch_case.consequent);
    }
    return;
  case NODE_TryStatement:
    walk(I, n->try_stmt.block);
    if (n->try_stmt.handler) walk(I, n->try_stmt.handler->catch_clause.body);
    walk(I, n->try_stmt.finalizer);
    return;
  case NODE_WhileStatement:
  case NODE_DoWhileStatement:
    walk(I, n->while_stmt.test);
    walk(I, n->while_stmt.body);
    return;
  case NODE_ForStatement:
    walk(I, n->for_stmt.init);
    walk(I, n->for_stmt.test);
    walk(I, n->for_stmt.update);
    walk(I, n->for_stmt.body);
    return;
  case NODE_ForInStatement:
  case NODE_ForOfStatement:
    walk(I, n->for_in.right);
    walk(I, n->for_in.body);
    return;
  case NODE_VariableDeclaration:
    for (int i = 0; i < n->var_decl.declarations.count; i++)
      walk(I, n->var_decl.declarations.items[i]->declarator.init);
    return;
  case NODE_UnaryExpression: walk(I, n->unary.argument); return;
  case NODE_LogicalExpression:
    walk(I, n->logical.left);
    walk(I, n->logical.right);
    return;
  case NODE_AssignmentExpression: walk(I, n->assign.right); return;
  case NODE_ConditionalExpression:
    walk(I, n->conditional.test);
    walk(I, n->conditional.consequent);
    walk(I, n->conditional.alternate);
    return;
  case NODE_CallExpression:
  case NODE_NewExpression:
    walk(I, n->call.callee);
    walk_list(I, &n->call.arguments);
    return;
  case NODE_MemberExpression:
    walk(I, n->member.object);
    if (n->member.computed) walk(I, n->member.property);
    return;
  case NODE_ChainExpression: walk(I, n->chain.expression); return;
  case NODE_SequenceExpression: walk_list(I, &n->sequence.expressions); return;
  case NODE_ArrayExpression: walk_list(I, &n->array.elements); return;
  case NODE_TemplateLiteral: walk_list(I, &n->template_.expressions); return;
  default: return;
  }
}

void kc_infer(Resolved *r) {
  for (int k = 0; k < r->nfuncs; k++) {
    FuncInfo *fi = r->all_funcs[k];
    if (!fi->direct || !fi->simple_params || fi->nparams == 0 || fi->node->function.is_expression) continue;
    fi->param_spec = kc_arena_alloc(r->arena, sizeof *fi->param_spec * (size_t)fi->nparams);
    int *uses = calloc((size_t)fi->nparams, sizeof *uses);
    Inf I = {r, fi, uses};
    walk(&I, fi->node->function.body);
    for (int i = 0; i < fi->nparams; i++) {
      const Node *p = fi->node->function.params.items[i];
      Binding *b = kc_scope_find_local(fi->scope, p->ident.name.ptr, p->ident.name.len);
      if (b && b->kind == BIND_PARAM && b->param_index == i && !b->captured && !b->reassigned &&
          uses[i] > 0) {
        fi->param_spec[i] = SPEC_INT32;
        fi->typed = true;
      }
    }
    free(uses);
  }
}
