/* ast_json.c — ESTree JSON output, byte-identical to
 * JSON.stringify(acorn.parse(src, {ecmaVersion: 'latest', locations: true})).
 *
 * Field order is acorn's (the order in which its parser assigns them), which
 * differs from kind to kind ("left, operator, right" for binary expressions
 * but "operator, left, right" for assignments). Numbers print as JavaScript's
 * Number::toString does (shortest round trip); strings escape as
 * JSON.stringify does, lone surrogates as \udxxx. A regex literal's value
 * prints as {} (what a RegExp object stringifies to) and a BigInt literal's
 * value as null (JSON has no BigInt; the digits are in `bigint`).
 *
 * Trees can be very deep (a chain of 100,000 `+` is a left-deep tree of that
 * depth), so the writer runs on a thread with a 1 GiB stack reservation;
 * the memory is only touched as deep as the tree goes.
 */
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parser.h"

typedef struct Out {
  FILE *f;
  char buf[1 << 16];
  size_t n;
  int err;
} Out;

static void flush(Out *o) {
  if (o->n && fwrite(o->buf, 1, o->n, o->f) != o->n) o->err = 1;
  o->n = 0;
}

static inline void put(Out *o, const char *s, size_t n) {
  if (o->n + n > sizeof o->buf) {
    flush(o);
    if (n > sizeof o->buf) {
      if (fwrite(s, 1, n, o->f) != n) o->err = 1;
      return;
    }
  }
  memcpy(o->buf + o->n, s, n);
  o->n += n;
}

#define PUTS(o, lit) put((o), (lit), sizeof(lit) - 1)

static void put_uint(Out *o, uint32_t v) {
  char t[16];
  int i = 16;
  do {
    t[--i] = (char)('0' + v % 10);
    v /= 10;
  } while (v);
  put(o, t + i, 16 - i);
}

/* JavaScript Number::toString for finite doubles. */
static void put_number(Out *o, double d) {
  if (!isfinite(d)) {
    PUTS(o, "null");
    return;
  }
  if (d == 0) {
    PUTS(o, "0");
    return;
  }
  char tmp[40];
  if (d < 0) {
    PUTS(o, "-");
    d = -d;
  }
  /* shortest precision that round-trips */
  int prec;
  for (prec = 1; prec <= 17; prec++) {
    snprintf(tmp, sizeof tmp, "%.*e", prec - 1, d);
    if (strtod(tmp, NULL) == d) break;
  }
  /* tmp is "d.ddddde+XX": extract digits and exponent */
  char digits[24];
  int k = 0;
  const char *s = tmp;
  for (; *s && *s != 'e'; s++)
    if (*s >= '0' && *s <= '9') digits[k++] = *s;
  while (k > 1 && digits[k - 1] == '0') k--;
  int e = atoi(s + 1);
  int n = e + 1; /* value = 0.d1d2...dk * 10^n */
  char out[64];
  int m = 0;
  if (k <= n && n <= 21) {
    memcpy(out, digits, k);
    m = k;
    for (int i = 0; i < n - k; i++) out[m++] = '0';
  } else if (0 < n && n <= 21) {
    memcpy(out, digits, n);
    m = n;
    out[m++] = '.';
    memcpy(out + m, digits + n, k - n);
    m += k - n;
  } else if (-6 < n && n <= 0) {
    out[m++] = '0';
    out[m++] = '.';
    for (int i = 0; i < -n; i++) out[m++] = '0';
    memcpy(out + m, digits, k);
    m += k;
  } else {
    out[m++] = digits[0];
    if (k > 1) {
      out[m++] = '.';
      memcpy(out + m, digits + 1, k - 1);
      m += k - 1;
    }
    m += snprintf(out + m, sizeof out - m, "e%c%d", n - 1 >= 0 ? '+' : '-', abs(n - 1));
  }
  put(o, out, m);
}

static void put_string(Out *o, const char *s, uint32_t len) {
  static const char hex[] = "0123456789abcdef";
  PUTS(o, "\"");
  uint32_t run = 0;
  for (uint32_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)s[i];
    const char *esc = NULL;
    char u[8];
    int elen = 0;
    if (c == '"') esc = "\\\"", elen = 2;
    else if (c == '\\') esc = "\\\\", elen = 2;
    else if (c < 0x20) {
      switch (c) {
      case '\b': esc = "\\b"; elen = 2; break;
      case '\f': esc = "\\f"; elen = 2; break;
      case '\n': esc = "\\n"; elen = 2; break;
      case '\r': esc = "\\r"; elen = 2; break;
      case '\t': esc = "\\t"; elen = 2; break;
      default:
        u[0] = '\\'; u[1] = 'u'; u[2] = '0'; u[3] = '0';
        u[4] = hex[c >> 4]; u[5] = hex[c & 15];
        esc = u;
        elen = 6;
      }
    } else if (c == 0xED && i + 2 < len + 1 && i + 1 < len && ((unsigned char)s[i + 1] & 0xE0) == 0xA0) {
      /* WTF-8 lone surrogate */
      uint32_t cu = 0xD000 | (((unsigned char)s[i + 1] & 0x3F) << 6) |
                    (i + 2 < len ? ((unsigned char)s[i + 2] & 0x3F) : 0);
      u[0] = '\\'; u[1] = 'u';
      u[2] = hex[(cu >> 12) & 15]; u[3] = hex[(cu >> 8) & 15];
      u[4] = hex[(cu >> 4) & 15]; u[5] = hex[cu & 15];
      esc = u;
      elen = 6;
      put(o, s + i - run, run);
      run = 0;
      put(o, esc, elen);
      i += 2;
      continue;
    }
    if (esc) {
      put(o, s + i - run, run);
      run = 0;
      put(o, esc, elen);
    } else {
      run++;
    }
  }
  put(o, s + len - run, run);
  PUTS(o, "\"");
}

static void put_kcstr(Out *o, KcStr s) {
  if (!s.ptr) PUTS(o, "null");
  else put_string(o, s.ptr, s.len);
}

static void write_node(Out *o, const Node *n);

static void put_list(Out *o, NodeList l) {
  PUTS(o, "[");
  for (int i = 0; i < l.count; i++) {
    if (i) PUTS(o, ",");
    write_node(o, l.items[i]);
  }
  PUTS(o, "]");
}

#define KEY(o, name) PUTS(o, ",\"" name "\":")
#define FIELD_NODE(o, name, child) \
  do {                             \
    KEY(o, name);                  \
    write_node(o, child);          \
  } while (0)
#define FIELD_LIST(o, name, list) \
  do {                            \
    KEY(o, name);                 \
    put_list(o, list);            \
  } while (0)
#define FIELD_BOOL(o, name, b)            \
  do {                                    \
    KEY(o, name);                         \
    if (b) PUTS(o, "true");               \
    else PUTS(o, "false");                \
  } while (0)
#define FIELD_STR(o, name, s)         \
  do {                                \
    KEY(o, name);                     \
    put_string(o, s, strlen(s));      \
  } while (0)

static const char *var_kind(KcVarKind k) {
  return k == KC_VAR_VAR ? "var" : k == KC_VAR_LET ? "let" : "const";
}

static const char *method_kind(KcMethodKind k) {
  switch (k) {
  case KC_METHOD_CONSTRUCTOR: return "constructor";
  case KC_METHOD_GET: return "get";
  case KC_METHOD_SET: return "set";
  default: return "method";
  }
}

static void write_function(Out *o, const Node *n) {
  FIELD_NODE(o, "id", n->function.id);
  FIELD_BOOL(o, "expression", n->function.is_expression);
  FIELD_BOOL(o, "generator", n->function.is_generator);
  FIELD_BOOL(o, "async", n->function.is_async);
  FIELD_LIST(o, "params", n->function.params);
  FIELD_NODE(o, "body", n->function.body);
}

static void write_node(Out *o, const Node *n) {
  if (!n) {
    PUTS(o, "null");
    return;
  }
  PUTS(o, "{\"type\":\"");
  const char *tn = kc_node_kind_name(n->kind);
  put(o, tn, strlen(tn));
  PUTS(o, "\",\"start\":");
  put_uint(o, n->loc.start16);
  PUTS(o, ",\"end\":");
  put_uint(o, n->loc.end16);
  PUTS(o, ",\"loc\":{\"start\":{\"line\":");
  put_uint(o, n->loc.line);
  PUTS(o, ",\"column\":");
  put_uint(o, n->loc.col);
  PUTS(o, "},\"end\":{\"line\":");
  put_uint(o, n->loc.end_line);
  PUTS(o, ",\"column\":");
  put_uint(o, n->loc.end_col);
  PUTS(o, "}}");
  switch (n->kind) {
  case NODE_Program:
    FIELD_LIST(o, "body", n->program.body);
    FIELD_STR(o, "sourceType", n->program.source_type == KC_SOURCE_MODULE ? "module" : "script");
    break;
  case NODE_Identifier:
  case NODE_PrivateIdentifier:
    KEY(o, "name");
    put_kcstr(o, n->ident.name);
    break;
  case NODE_Literal:
    KEY(o, "value");
    switch (n->literal.lit) {
    case KC_LIT_NULL: PUTS(o, "null"); break;
    case KC_LIT_BOOLEAN:
      if (n->literal.boolean) PUTS(o, "true");
      else PUTS(o, "false");
      break;
    case KC_LIT_NUMBER: put_number(o, n->literal.number); break;
    case KC_LIT_STRING: put_kcstr(o, n->literal.string); break;
    case KC_LIT_REGEX: PUTS(o, "{}"); break;
    case KC_LIT_BIGINT: PUTS(o, "null"); break;
    }
    KEY(o, "raw");
    put_kcstr(o, n->literal.raw);
    if (n->literal.lit == KC_LIT_REGEX) {
      PUTS(o, ",\"regex\":{\"pattern\":");
      put_kcstr(o, n->literal.regex_pattern);
      PUTS(o, ",\"flags\":");
      put_kcstr(o, n->literal.regex_flags);
      PUTS(o, "}");
    } else if (n->literal.lit == KC_LIT_BIGINT) {
      KEY(o, "bigint");
      put_kcstr(o, n->literal.bigint);
    }
    break;
  case NODE_ExpressionStatement:
    FIELD_NODE(o, "expression", n->expr_stmt.expression);
    if (n->expr_stmt.directive.ptr) {
      KEY(o, "directive");
      put_kcstr(o, n->expr_stmt.directive);
    }
    break;
  case NODE_BlockStatement:
  case NODE_StaticBlock:
  case NODE_ClassBody:
    FIELD_LIST(o, "body", n->block.body);
    break;
  case NODE_EmptyStatement:
  case NODE_DebuggerStatement:
  case NODE_ThisExpression:
  case NODE_Super:
    break;
  case NODE_WithStatement:
    FIELD_NODE(o, "object", n->with_stmt.object);
    FIELD_NODE(o, "body", n->with_stmt.body);
    break;
  case NODE_ReturnStatement:
  case NODE_ThrowStatement:
  case NODE_AwaitExpression:
  case NODE_SpreadElement:
  case NODE_RestElement:
    FIELD_NODE(o, "argument", n->argument.argument);
    break;
  case NODE_LabeledStatement:
    FIELD_NODE(o, "body", n->labeled.body);
    FIELD_NODE(o, "label", n->labeled.label);
    break;
  case NODE_BreakStatement:
  case NODE_ContinueStatement:
    FIELD_NODE(o, "label", n->jump.label);
    break;
  case NODE_IfStatement:
    FIELD_NODE(o, "test", n->if_stmt.test);
    FIELD_NODE(o, "consequent", n->if_stmt.consequent);
    FIELD_NODE(o, "alternate", n->if_stmt.alternate);
    break;
  case NODE_SwitchStatement:
    FIELD_NODE(o, "discriminant", n->switch_stmt.discriminant);
    FIELD_LIST(o, "cases", n->switch_stmt.cases);
    break;
  case NODE_SwitchCase:
    FIELD_LIST(o, "consequent", n->switch_case.consequent);
    FIELD_NODE(o, "test", n->switch_case.test);
    break;
  case NODE_TryStatement:
    FIELD_NODE(o, "block", n->try_stmt.block);
    FIELD_NODE(o, "handler", n->try_stmt.handler);
    FIELD_NODE(o, "finalizer", n->try_stmt.finalizer);
    break;
  case NODE_CatchClause:
    FIELD_NODE(o, "param", n->catch_clause.param);
    FIELD_NODE(o, "body", n->catch_clause.body);
    break;
  case NODE_WhileStatement:
    FIELD_NODE(o, "test", n->while_stmt.test);
    FIELD_NODE(o, "body", n->while_stmt.body);
    break;
  case NODE_DoWhileStatement:
    FIELD_NODE(o, "body", n->while_stmt.body);
    FIELD_NODE(o, "test", n->while_stmt.test);
    break;
  case NODE_ForStatement:
    FIELD_NODE(o, "init", n->for_stmt.init);
    FIELD_NODE(o, "test", n->for_stmt.test);
    FIELD_NODE(o, "update", n->for_stmt.update);
    FIELD_NODE(o, "body", n->for_stmt.body);
    break;
  case NODE_ForOfStatement:
    FIELD_BOOL(o, "await", n->for_in.is_await);
    /* fallthrough */
  case NODE_ForInStatement:
    FIELD_NODE(o, "left", n->for_in.left);
    FIELD_NODE(o, "right", n->for_in.right);
    FIELD_NODE(o, "body", n->for_in.body);
    break;
  case NODE_FunctionDeclaration:
  case NODE_FunctionExpression:
  case NODE_ArrowFunctionExpression:
    write_function(o, n);
    break;
  case NODE_VariableDeclaration:
    FIELD_LIST(o, "declarations", n->var_decl.declarations);
    FIELD_STR(o, "kind", var_kind(n->var_decl.kind));
    break;
  case NODE_VariableDeclarator:
    FIELD_NODE(o, "id", n->declarator.id);
    FIELD_NODE(o, "init", n->declarator.init);
    break;
  case NODE_ClassDeclaration:
  case NODE_ClassExpression:
    FIELD_NODE(o, "id", n->class_.id);
    FIELD_NODE(o, "superClass", n->class_.super_class);
    FIELD_NODE(o, "body", n->class_.body);
    break;
  case NODE_MethodDefinition:
    FIELD_BOOL(o, "static", n->method.is_static);
    FIELD_BOOL(o, "computed", n->method.computed);
    FIELD_NODE(o, "key", n->method.key);
    FIELD_STR(o, "kind", method_kind(n->method.kind));
    FIELD_NODE(o, "value", n->method.value);
    break;
  case NODE_PropertyDefinition:
    FIELD_BOOL(o, "static", n->method.is_static);
    FIELD_BOOL(o, "computed", n->method.computed);
    FIELD_NODE(o, "key", n->method.key);
    FIELD_NODE(o, "value", n->method.value);
    break;
  case NODE_ArrayExpression:
  case NODE_ArrayPattern:
    FIELD_LIST(o, "elements", n->array.elements);
    break;
  case NODE_ObjectExpression:
  case NODE_ObjectPattern:
    FIELD_LIST(o, "properties", n->object.properties);
    break;
  case NODE_Property:
    FIELD_BOOL(o, "method", n->property.method);
    FIELD_BOOL(o, "shorthand", n->property.shorthand);
    FIELD_BOOL(o, "computed", n->property.computed);
    FIELD_NODE(o, "key", n->property.key);
    FIELD_NODE(o, "value", n->property.value);
    FIELD_STR(o, "kind", n->property.kind == KC_PROP_GET ? "get" : n->property.kind == KC_PROP_SET ? "set" : "init");
    break;
  case NODE_UnaryExpression:
    FIELD_STR(o, "operator", kc_unary_op_str(n->unary.op));
    FIELD_BOOL(o, "prefix", true);
    FIELD_NODE(o, "argument", n->unary.argument);
    break;
  case NODE_UpdateExpression:
    FIELD_STR(o, "operator", kc_update_op_str(n->update.op));
    FIELD_BOOL(o, "prefix", n->update.prefix);
    FIELD_NODE(o, "argument", n->update.argument);
    break;
  case NODE_BinaryExpression:
    FIELD_NODE(o, "left", n->binary.left);
    FIELD_STR(o, "operator", kc_binary_op_str(n->binary.op));
    FIELD_NODE(o, "right", n->binary.right);
    break;
  case NODE_LogicalExpression:
    FIELD_NODE(o, "left", n->logical.left);
    FIELD_STR(o, "operator", kc_logical_op_str(n->logical.op));
    FIELD_NODE(o, "right", n->logical.right);
    break;
  case NODE_AssignmentExpression:
    FIELD_STR(o, "operator", kc_assign_op_str(n->assign.op));
    FIELD_NODE(o, "left", n->assign.left);
    FIELD_NODE(o, "right", n->assign.right);
    break;
  case NODE_AssignmentPattern:
    FIELD_NODE(o, "left", n->assign_pattern.left);
    FIELD_NODE(o, "right", n->assign_pattern.right);
    break;
  case NODE_ConditionalExpression:
    FIELD_NODE(o, "test", n->conditional.test);
    FIELD_NODE(o, "consequent", n->conditional.consequent);
    FIELD_NODE(o, "alternate", n->conditional.alternate);
    break;
  case NODE_CallExpression:
    FIELD_NODE(o, "callee", n->call.callee);
    FIELD_LIST(o, "arguments", n->call.arguments);
    FIELD_BOOL(o, "optional", n->call.optional);
    break;
  case NODE_NewExpression:
    FIELD_NODE(o, "callee", n->call.callee);
    FIELD_LIST(o, "arguments", n->call.arguments);
    break;
  case NODE_MemberExpression:
    FIELD_NODE(o, "object", n->member.object);
    FIELD_NODE(o, "property", n->member.property);
    FIELD_BOOL(o, "computed", n->member.computed);
    FIELD_BOOL(o, "optional", n->member.optional);
    break;
  case NODE_ChainExpression:
  case NODE_ParenthesizedExpression:
    FIELD_NODE(o, "expression", n->chain.expression);
    break;
  case NODE_SequenceExpression:
    FIELD_LIST(o, "expressions", n->sequence.expressions);
    break;
  case NODE_YieldExpression:
    FIELD_BOOL(o, "delegate", n->yield.delegate);
    FIELD_NODE(o, "argument", n->yield.argument);
    break;
  case NODE_TemplateLiteral:
    FIELD_LIST(o, "expressions", n->template_.expressions);
    FIELD_LIST(o, "quasis", n->template_.quasis);
    break;
  case NODE_TaggedTemplateExpression:
    FIELD_NODE(o, "tag", n->tagged_template.tag);
    FIELD_NODE(o, "quasi", n->tagged_template.quasi);
    break;
  case NODE_TemplateElement:
    PUTS(o, ",\"value\":{\"raw\":");
    put_kcstr(o, n->template_element.raw);
    PUTS(o, ",\"cooked\":");
    put_kcstr(o, n->template_element.cooked);
    PUTS(o, "}");
    FIELD_BOOL(o, "tail", n->template_element.tail);
    break;
  case NODE_MetaProperty:
    FIELD_NODE(o, "meta", n->meta_property.meta);
    FIELD_NODE(o, "property", n->meta_property.property);
    break;
  case NODE_ImportExpression:
    FIELD_NODE(o, "source", n->import_expr.source);
    FIELD_NODE(o, "options", n->import_expr.options);
    break;
  case NODE_ImportDeclaration:
    FIELD_LIST(o, "specifiers", n->import_decl.specifiers);
    FIELD_NODE(o, "source", n->import_decl.source);
    FIELD_LIST(o, "attributes", n->import_decl.attributes);
    break;
  case NODE_ImportSpecifier:
    FIELD_NODE(o, "imported", n->specifier.imported);
    FIELD_NODE(o, "local", n->specifier.local);
    break;
  case NODE_ImportDefaultSpecifier:
  case NODE_ImportNamespaceSpecifier:
    FIELD_NODE(o, "local", n->specifier.local);
    break;
  case NODE_ImportAttribute:
    FIELD_NODE(o, "key", n->import_attribute.key);
    FIELD_NODE(o, "value", n->import_attribute.value);
    break;
  case NODE_ExportNamedDeclaration:
    FIELD_NODE(o, "declaration", n->export_named.declaration);
    FIELD_LIST(o, "specifiers", n->export_named.specifiers);
    FIELD_NODE(o, "source", n->export_named.source);
    FIELD_LIST(o, "attributes", n->export_named.attributes);
    break;
  case NODE_ExportSpecifier:
    FIELD_NODE(o, "local", n->specifier.local);
    FIELD_NODE(o, "exported", n->specifier.exported);
    break;
  case NODE_ExportDefaultDeclaration:
    FIELD_NODE(o, "declaration", n->export_default.declaration);
    break;
  case NODE_ExportAllDeclaration:
    FIELD_NODE(o, "exported", n->export_all.exported);
    FIELD_NODE(o, "source", n->export_all.source);
    FIELD_LIST(o, "attributes", n->export_all.attributes);
    break;
  case NODE_KIND_COUNT:
    break;
  }
  PUTS(o, "}");
}

typedef struct JsonJob {
  Out *out;
  const Node *program;
} JsonJob;

static void *json_thread(void *arg) {
  JsonJob *j = arg;
  write_node(j->out, j->program);
  PUTS(j->out, "\n");
  flush(j->out);
  return NULL;
}

int kc_write_ast_json(FILE *out, const Node *program, const KcSource *src) {
  (void)src;
  Out *o = malloc(sizeof *o);
  if (!o) return -1;
  o->f = out;
  o->n = 0;
  o->err = 0;
  JsonJob job = {o, program};
  bool threaded = false;
#ifndef KC_NO_PARSE_THREAD
  pthread_attr_t attr;
  pthread_t th;
  if (pthread_attr_init(&attr) == 0) {
    threaded = pthread_attr_setstacksize(&attr, (size_t)1 << 30) == 0 &&
               pthread_create(&th, &attr, json_thread, &job) == 0;
    pthread_attr_destroy(&attr);
    if (threaded) pthread_join(th, NULL);
  }
#endif
  if (!threaded) json_thread(&job);
  int err = o->err || fflush(out) != 0;
  free(o);
  return err ? -1 : 0;
}
