/* nv-planning-grid.c: a network's series on one screen, one column per
 * meeting (seed 003's "Planlægningsredskab")
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "nv-format.h"
#include "nv-gui-util.h"
#include "nv-input.h"
#include "nv-meeting.h"
#include "nv-person.h"
#include "nv-planning.h"
#include "nv-planning-grid.h"
#include "nv-util.h"

/*
 * The rows are the meetings' fields (sub-theme, date, place, roles), a
 * count of who contributes, and then one row per person: what they
 * contribute to each meeting and how they take part. The columns are
 * the meetings in the order of the series. GtkColumnView only builds
 * the rows it shows, and the cells it has built are all this keeps: a
 * change to the plan redraws those, and adds or takes away rows only
 * where the people changed, so a series of many meetings with many
 * people stays quick.
 *
 * A cell is a flat button: a click, or Enter, opens a small editor
 * beside it. What is typed goes into the plan through the model's
 * setters, as one undo step per edit; text that is not valid (an
 * impossible date, a name nobody has) is explained there and changes
 * nothing.
 *
 * GtkColumnView makes every column of a row it shows, so a series of
 * many years (a decade of meetings: 200 columns, seconds to show) is
 * shown one year at a time, chosen in the action bar; meetings without
 * a date yet are shown in every year, since their dates are typed here.
 */

#define PERSON_PREFIX "person:"
#define CONTRIBUTORS_ROW "contributors"

struct _NvPlanningGrid
{
  AdwBin         parent_instance;

  GtkColumnView *column_view;
  GtkDropDown   *year_dropdown;

  NvPlan        *plan;
  NvNetwork     *network;
  GtkStringList *rows;          /* the rows' keys: a property, CONTRIBUTORS_ROW or PERSON_PREFIX + id */
  GHashTable    *people;        /* person id → NvPlanningPerson, for the rows' headings */
  GPtrArray     *people_rows;   /* owns what people points to */
  GHashTable    *cells;         /* the cells bound now */
  GHashTable    *participants;  /* meeting → (person id → participant), until the next change */
  guint          refresh_source;
  gboolean       columns_dirty;
  GArray        *years;         /* of the dated meetings, in order, when more than one */
  int            year;          /* whose meetings are shown, or 0 for all */

  GtkWidget     *editor;        /* the open editor popover */
};

G_DEFINE_FINAL_TYPE (NvPlanningGrid, nv_planning_grid, ADW_TYPE_BIN)

static const char * const field_rows[] = {
  "subtheme", "date", "location", "chair", "minute-taker", "host", CONTRIBUTORS_ROW, NULL
};

static void on_year_selected_cb (NvPlanningGrid *self);
static void open_editor (NvPlanningGrid *self,
                         GtkWidget      *cell,
                         NvMeeting      *meeting,
                         const char     *row);

static const char *
person_of_row (const char *row)
{
  return g_str_has_prefix (row, PERSON_PREFIX) ? row + strlen (PERSON_PREFIX) : NULL;
}

static const char *
row_title (const char *property)
{
  g_autoptr(GTypeClass) klass = NULL;
  GParamSpec *pspec;

  /* The date row shows the start time too */
  if (g_str_equal (property, "date"))
    return _("Date and time");
  if (g_str_equal (property, CONTRIBUTORS_ROW))
    return _("Contributing");

  klass = g_type_class_ref (NV_TYPE_MEETING);
  pspec = g_object_class_find_property (G_OBJECT_CLASS (klass), property);
  return _(g_param_spec_get_nick (pspec));
}

static const char *
person_name (NvPlanningGrid *self,
             const char     *person)
{
  const char *name = nv_plan_person_name (self->plan, person);

  return name != NULL ? name : _("Unnamed person");
}


/* @person's participation in @meeting, through a cache that lives until
 * the plan changes: the cells of one row ask for many meetings */
static NvParticipant *
find_participant (NvPlanningGrid *self,
                  NvMeeting      *meeting,
                  const char     *person)
{
  GHashTable *by_person = g_hash_table_lookup (self->participants, meeting);

  if (by_person == NULL)
    {
      GListModel *participants = nv_meeting_get_participants (meeting);
      guint n = g_list_model_get_n_items (participants);

      by_person = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint i = 0; i < n; i++)
        {
          NvParticipant *participant = NV_PARTICIPANT (nv_record_list_peek (NV_RECORD_LIST (participants), i));

          if (nv_participant_get_person (participant) != NULL)
            g_hash_table_insert (by_person, (gpointer) nv_participant_get_person (participant), participant);
        }
      g_hash_table_insert (self->participants, meeting, by_person);
    }

  return g_hash_table_lookup (by_person, person);
}

/* Cells: a flat button with a line of text and, for people, a second
 * line with how they take part */

static GtkWidget *
cell_label_new (GtkWidget *box)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_width_chars (GTK_LABEL (label), 8);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 24);
  gtk_label_set_lines (GTK_LABEL (label), 4);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (box), label);
  return label;
}

static void
on_cell_clicked_cb (GtkButton      *button,
                    NvPlanningGrid *self)
{
  NvMeeting *meeting = g_object_get_data (G_OBJECT (button), "meeting");
  const char *row = g_object_get_data (G_OBJECT (button), "row");

  if (meeting != NULL && row != NULL && !g_str_equal (row, CONTRIBUTORS_ROW))
    open_editor (self, GTK_WIDGET (button), meeting, row);
}

static void
setup_meeting_cell (GtkSignalListItemFactory *factory,
                    GtkListItem              *item,
                    NvPlanningGrid           *self)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *secondary;

  cell_label_new (box);
  secondary = cell_label_new (box);
  gtk_widget_add_css_class (secondary, "caption");
  gtk_widget_add_css_class (secondary, "dim-label");
  gtk_widget_set_valign (box, GTK_ALIGN_START);
  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "nv-grid-cell");
  g_signal_connect (button, "clicked", G_CALLBACK (on_cell_clicked_cb), self);
  gtk_list_item_set_child (item, button);
  gtk_list_item_set_activatable (item, FALSE);
}

static void
set_labels (GtkWidget  *cell,
            const char *text,
            const char *secondary)
{
  GtkWidget *box = gtk_button_get_child (GTK_BUTTON (cell));
  GtkWidget *first = gtk_widget_get_first_child (box);
  GtkWidget *second = gtk_widget_get_next_sibling (first);
  g_autofree char *shown = nv_display_text (text);
  g_autofree char *shown_secondary = nv_display_text (secondary);

  gtk_label_set_text (GTK_LABEL (first), shown != NULL ? shown : "");
  gtk_widget_set_visible (first, shown != NULL && shown[0] != '\0');
  gtk_label_set_text (GTK_LABEL (second), shown_secondary != NULL ? shown_secondary : "");
  gtk_widget_set_visible (second, shown_secondary != NULL && shown_secondary[0] != '\0');
}

static gboolean
is_blank (const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));

  return stripped[0] == '\0';
}

static void
render_person_cell (NvPlanningGrid *self,
                    GtkWidget      *cell,
                    NvMeeting      *meeting,
                    const char     *person)
{
  NvParticipant *participant = find_participant (self, meeting, person);
  const char *name = person_name (self, person);
  g_autofree char *description = NULL;

  gtk_widget_remove_css_class (cell, "nv-taking-part");
  if (participant == NULL)
    {
      set_labels (cell, NULL, NULL);
      /* Translators: what a screen reader says of an empty cell in the planning grid */
      description = g_strdup_printf (_("%s does not take part in %s"), name, nv_meeting_get_name (meeting));
    }
  else
    {
      const char *contribution = nv_participant_get_contribution (participant);
      const char *involvement = nv_participant_get_involvement (participant);

      gtk_widget_add_css_class (cell, "nv-taking-part");
      if (is_blank (contribution) && is_blank (involvement))
        set_labels (cell, NULL, _("Takes part"));
      else
        set_labels (cell, contribution, involvement);
      description = g_strdup_printf (_("%s in %s"), name, nv_meeting_get_name (meeting));
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
}

static void
render_meeting_cell (NvPlanningGrid *self,
                     GtkWidget      *cell)
{
  NvMeeting *meeting = g_object_get_data (G_OBJECT (cell), "meeting");
  const char *row = g_object_get_data (G_OBJECT (cell), "row");
  g_autofree char *text = NULL;
  GParamSpec *pspec;

  if (meeting == NULL || row == NULL)
    return;

  gtk_widget_remove_css_class (cell, "warning");
  gtk_widget_set_focusable (cell, !g_str_equal (row, CONTRIBUTORS_ROW));

  if (person_of_row (row) != NULL)
    {
      render_person_cell (self, cell, meeting, person_of_row (row));
      return;
    }

  if (g_str_equal (row, CONTRIBUTORS_ROW))
    {
      guint n = nv_meeting_count_contributors (meeting);

      if (n == 0)
        {
          gtk_widget_add_css_class (cell, "warning");
          set_labels (cell, _("Nobody contributes"), NULL);
        }
      else
        {
          text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u person", "%u people", n), n);
          set_labels (cell, text, NULL);
        }
      return;
    }

  if (g_str_equal (row, "date"))
    text = nv_format_when_short (nv_meeting_get_date (meeting), nv_meeting_get_start (meeting));
  else
    {
      pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (meeting), row);
      g_object_get (meeting, row, &text, NULL);
      if (nv_field_get (pspec)->kind == NV_FIELD_REF)
        {
          const char *name = nv_plan_person_name (self->plan, text);

          g_free (text);
          text = g_strdup (name);
        }
    }
  set_labels (cell, text, NULL);
}

static void
bind_meeting_cell (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   NvPlanningGrid           *self)
{
  GtkWidget *cell = gtk_list_item_get_child (item);
  GtkStringObject *row = gtk_list_item_get_item (item);
  NvMeeting *meeting = g_object_get_data (G_OBJECT (factory), "meeting");

  g_object_set_data_full (G_OBJECT (cell), "meeting", g_object_ref (meeting), g_object_unref);
  g_object_set_data_full (G_OBJECT (cell), "row", g_strdup (gtk_string_object_get_string (row)), g_free);
  g_hash_table_add (self->cells, cell);
  render_meeting_cell (self, cell);
}

static void
unbind_cell (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             NvPlanningGrid           *self)
{
  GtkWidget *cell = gtk_list_item_get_child (item);

  if (cell != NULL)
    g_hash_table_remove (self->cells, cell);
}

/* The first column: what each row is */

static void
setup_heading (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               NvPlanningGrid           *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *star = gtk_image_new_from_icon_name ("starred-symbolic");
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (title), 2);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_add_css_class (star, "accent");
  gtk_widget_set_valign (star, GTK_ALIGN_START);
  gtk_widget_set_tooltip_text (star, _("Core participant"));
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_label_set_width_chars (GTK_LABEL (title), 10);
  gtk_box_append (GTK_BOX (texts), title);
  gtk_box_append (GTK_BOX (texts), subtitle);
  gtk_box_append (GTK_BOX (box), texts);
  gtk_box_append (GTK_BOX (box), star);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 7);
  gtk_widget_set_margin_bottom (box, 7);
  g_object_set_data (G_OBJECT (box), "title", title);
  g_object_set_data (G_OBJECT (box), "subtitle", subtitle);
  g_object_set_data (G_OBJECT (box), "star", star);
  gtk_list_item_set_child (item, box);
  gtk_list_item_set_activatable (item, FALSE);
}

static void
render_heading (NvPlanningGrid *self,
                GtkWidget      *box)
{
  const char *row = g_object_get_data (G_OBJECT (box), "row");
  GtkLabel *title = g_object_get_data (G_OBJECT (box), "title");
  GtkLabel *subtitle = g_object_get_data (G_OBJECT (box), "subtitle");
  GtkWidget *star = g_object_get_data (G_OBJECT (box), "star");
  const char *person = row != NULL ? person_of_row (row) : NULL;
  NvPlanningPerson *info = person != NULL ? g_hash_table_lookup (self->people, person) : NULL;
  guint n_meetings;
  g_autofree char *name = NULL;
  g_autofree char *count = NULL;

  if (row == NULL)
    return;

  if (person == NULL)
    {
      gtk_label_set_text (title, row_title (row));
      gtk_widget_add_css_class (GTK_WIDGET (title), "caption-heading");
      gtk_widget_add_css_class (GTK_WIDGET (title), "dim-label");
      gtk_widget_set_visible (GTK_WIDGET (subtitle), FALSE);
      gtk_widget_set_visible (star, FALSE);
      return;
    }

  gtk_widget_remove_css_class (GTK_WIDGET (title), "caption-heading");
  gtk_widget_remove_css_class (GTK_WIDGET (title), "dim-label");
  name = nv_display_text (person_name (self, person));
  gtk_label_set_text (title, name);
  gtk_widget_set_visible (star, info != NULL && info->core);

  /* Someone in every meeting stands out */
  n_meetings = g_list_model_get_n_items (nv_network_get_meetings (self->network));
  if (info != NULL && n_meetings > 0 && info->n_meetings == n_meetings)
    {
      count = g_strdup (_("In every meeting"));
      gtk_widget_add_css_class (GTK_WIDGET (subtitle), "accent");
    }
  else
    {
      /* Translators: in how many of a network's meetings a person takes part */
      count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "In %u of %u meeting", "In %u of %u meetings", n_meetings),
                               info != NULL ? info->n_meetings : 0, n_meetings);
      gtk_widget_remove_css_class (GTK_WIDGET (subtitle), "accent");
    }
  gtk_label_set_text (subtitle, count);
  gtk_widget_set_visible (GTK_WIDGET (subtitle), TRUE);
}

static void
bind_heading (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              NvPlanningGrid           *self)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkStringObject *row = gtk_list_item_get_item (item);

  g_object_set_data_full (G_OBJECT (box), "row", g_strdup (gtk_string_object_get_string (row)), g_free);
  g_object_set_data (G_OBJECT (box), "heading", GINT_TO_POINTER (TRUE));
  g_hash_table_add (self->cells, box);
  render_heading (self, box);
}

static void
render_cell (NvPlanningGrid *self,
             GtkWidget      *cell)
{
  if (g_object_get_data (G_OBJECT (cell), "heading") != NULL)
    render_heading (self, cell);
  else
    render_meeting_cell (self, cell);
}

/* Columns: the headings, then one per meeting */

static GtkColumnViewColumn *
column_new (NvPlanningGrid *self,
            NvMeeting      *meeting)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *column;

  if (meeting == NULL)
    {
      g_signal_connect (factory, "setup", G_CALLBACK (setup_heading), self);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_heading), self);
    }
  else
    {
      g_object_set_data_full (G_OBJECT (factory), "meeting", g_object_ref (meeting), g_object_unref);
      g_signal_connect (factory, "setup", G_CALLBACK (setup_meeting_cell), self);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_meeting_cell), self);
    }
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cell), self);

  column = gtk_column_view_column_new (meeting != NULL ? nv_meeting_get_name (meeting) : NULL, factory);
  gtk_column_view_column_set_resizable (column, TRUE);
  /* A fixed width spares measuring every cell of a long series */
  gtk_column_view_column_set_fixed_width (column, meeting != NULL ? 200 : 190);
  if (meeting != NULL)
    g_object_set_data_full (G_OBJECT (column), "meeting", g_object_ref (meeting), g_object_unref);
  return column;
}

static void
remove_columns (NvPlanningGrid *self)
{
  GListModel *columns = gtk_column_view_get_columns (self->column_view);

  while (g_list_model_get_n_items (columns) > 0)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, 0);
      gtk_column_view_remove_column (self->column_view, column);
    }
  /* Their cells went with them */
  g_hash_table_remove_all (self->cells);
}

static int
meeting_year (NvMeeting *meeting)
{
  int year, month, day;

  return nv_date_to_ymd (nv_meeting_get_date (meeting), &year, &month, &day) ? year : 0;
}

static gboolean
meeting_shown (NvPlanningGrid *self,
               NvMeeting      *meeting)
{
  int year;

  if (self->year == 0)
    return TRUE;
  year = meeting_year (meeting);
  return year == 0 || year == self->year;
}

static int
compare_years (gconstpointer a,
               gconstpointer b)
{
  return *(const int *) a - *(const int *) b;
}

/* The year of the next meeting, or of the last one when all are past */
static int
default_year (NvPlanningGrid *self)
{
  GListModel *meetings = nv_network_get_meetings (self->network);
  guint today = nv_date_today ();
  guint next = 0;

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      guint date = nv_meeting_get_date (NV_MEETING (nv_record_list_peek (NV_RECORD_LIST (meetings), i)));

      if (date >= today && (next == 0 || date < next))
        next = date;
    }

  if (next != 0)
    {
      int year, month, day;

      nv_date_to_ymd (next, &year, &month, &day);
      return year;
    }
  return g_array_index (self->years, int, self->years->len - 1);
}

/* The years the series spans, and the choice between them when there is
 * more than one; the year shown stays while it is one of them */
static void
update_years (NvPlanningGrid *self)
{
  GListModel *meetings = nv_network_get_meetings (self->network);
  g_autoptr(GArray) years = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  g_autoptr(GtkStringList) names = NULL;
  guint selected = 0;
  int year = 0;

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      int each = meeting_year (NV_MEETING (nv_record_list_peek (NV_RECORD_LIST (meetings), i)));

      if (each != 0 && g_hash_table_add (seen, GINT_TO_POINTER (each)))
        g_array_append_val (years, each);
    }
  g_array_sort (years, compare_years);

  if (self->years->len == years->len &&
      memcmp (self->years->data, years->data, years->len * sizeof (int)) == 0 &&
      (years->len > 1) == (self->year != 0))
    return;

  g_array_set_size (self->years, 0);
  g_array_append_vals (self->years, years->data, years->len);
  gtk_widget_set_visible (GTK_WIDGET (self->year_dropdown), years->len > 1);
  if (years->len > 1)
    {
      year = g_hash_table_contains (seen, GINT_TO_POINTER (self->year)) ? self->year : default_year (self);
      names = gtk_string_list_new (NULL);
      for (guint i = 0; i < years->len; i++)
        {
          g_autofree char *name = g_strdup_printf ("%d", g_array_index (years, int, i));

          gtk_string_list_append (names, name);
          if (g_array_index (years, int, i) == year)
            selected = i;
        }
    }

  self->columns_dirty |= year != self->year;
  self->year = year;
  g_signal_handlers_block_by_func (self->year_dropdown, on_year_selected_cb, self);
  gtk_drop_down_set_model (self->year_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->year_dropdown, selected);
  g_signal_handlers_unblock_by_func (self->year_dropdown, on_year_selected_cb, self);
}

/* Whether the columns are the meetings shown, in their order */
static gboolean
columns_match (NvPlanningGrid *self)
{
  GListModel *meetings = nv_network_get_meetings (self->network);
  GListModel *columns = gtk_column_view_get_columns (self->column_view);
  guint n_columns = g_list_model_get_n_items (columns);
  guint column = 1;  /* after the headings */

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      NvMeeting *meeting = NV_MEETING (nv_record_list_peek (NV_RECORD_LIST (meetings), i));
      g_autoptr(GtkColumnViewColumn) each = NULL;

      if (!meeting_shown (self, meeting))
        continue;
      if (column >= n_columns)
        return FALSE;
      each = g_list_model_get_item (columns, column++);
      if (g_object_get_data (G_OBJECT (each), "meeting") != meeting)
        return FALSE;
    }
  return column == n_columns;
}

/* One column per meeting shown, in the order of the series */
static void
rebuild_columns (NvPlanningGrid *self)
{
  GListModel *meetings = nv_network_get_meetings (self->network);
  guint n = g_list_model_get_n_items (meetings);
  g_autoptr(GtkColumnViewColumn) first = column_new (self, NULL);

  self->columns_dirty = FALSE;
  remove_columns (self);
  gtk_column_view_append_column (self->column_view, first);

  for (guint i = 0; i < n; i++)
    {
      NvMeeting *meeting = NV_MEETING (nv_record_list_peek (NV_RECORD_LIST (meetings), i));
      g_autoptr(GtkColumnViewColumn) column = NULL;

      if (!meeting_shown (self, meeting))
        continue;
      column = column_new (self, meeting);
      gtk_column_view_append_column (self->column_view, column);
    }
}

static void
update_column_titles (NvPlanningGrid *self)
{
  GListModel *columns = gtk_column_view_get_columns (self->column_view);
  guint n = g_list_model_get_n_items (columns);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);
      NvMeeting *meeting = g_object_get_data (G_OBJECT (column), "meeting");
      g_autofree char *title = meeting != NULL ? nv_display_text (nv_meeting_get_name (meeting)) : NULL;

      if (meeting != NULL && g_strcmp0 (gtk_column_view_column_get_title (column), title) != 0)
        gtk_column_view_column_set_title (column, title);
    }
}

/* The rows' keys now; only those that changed are replaced, so the
 * view keeps its place and rebuilds only what it must */
static void
update_rows (NvPlanningGrid *self)
{
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);
  guint n_old = g_list_model_get_n_items (G_LIST_MODEL (self->rows));
  guint prefix = 0, suffix = 0;

  g_clear_pointer (&self->people_rows, g_ptr_array_unref);
  g_hash_table_remove_all (self->people);
  self->people_rows = nv_planning_people (self->plan, self->network);

  for (guint i = 0; field_rows[i] != NULL; i++)
    g_ptr_array_add (keys, g_strdup (field_rows[i]));
  for (guint i = 0; i < self->people_rows->len; i++)
    {
      NvPlanningPerson *person = g_ptr_array_index (self->people_rows, i);

      g_hash_table_insert (self->people, person->person, person);
      g_ptr_array_add (keys, g_strconcat (PERSON_PREFIX, person->person, NULL));
    }

  while (prefix < n_old && prefix < keys->len &&
         g_str_equal (gtk_string_list_get_string (self->rows, prefix), g_ptr_array_index (keys, prefix)))
    prefix++;
  while (suffix < n_old - prefix && suffix < keys->len - prefix &&
         g_str_equal (gtk_string_list_get_string (self->rows, n_old - 1 - suffix),
                      g_ptr_array_index (keys, keys->len - 1 - suffix)))
    suffix++;

  if (prefix == n_old && prefix == keys->len)
    return;

  g_ptr_array_remove_range (keys, keys->len - suffix, suffix);
  g_ptr_array_add (keys, NULL);
  gtk_string_list_splice (self->rows, prefix, n_old - prefix - suffix,
                          (const char * const *) keys->pdata + prefix);
}

static void
refresh (NvPlanningGrid *self)
{
  GHashTableIter iter;
  gpointer cell;

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  /* Only a grid on screen is built: one column a meeting costs, and a
   * series of thousands would slow down showing its overview. Mapping
   * it refreshes it. */
  if (self->network == NULL || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;

  g_hash_table_remove_all (self->participants);
  /* A date typed may take a meeting to another year */
  update_years (self);
  if (self->columns_dirty || !columns_match (self))
    rebuild_columns (self);
  else
    update_column_titles (self);
  update_rows (self);

  g_hash_table_iter_init (&iter, self->cells);
  while (g_hash_table_iter_next (&iter, &cell, NULL))
    render_cell (self, cell);
}

static gboolean
refresh_cb (gpointer user_data)
{
  NvPlanningGrid *self = user_data;

  self->refresh_source = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

static void
queue_refresh (NvPlanningGrid *self)
{
  /* Hidden, the grid catches up when it is shown again */
  if (self->refresh_source == 0 && gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->refresh_source = g_idle_add (refresh_cb, self);
}

static void
on_plan_changed_cb (NvPlanningGrid *self)
{
  g_hash_table_remove_all (self->participants);
  queue_refresh (self);
}

static void
on_year_selected_cb (NvPlanningGrid *self)
{
  guint selected = gtk_drop_down_get_selected (self->year_dropdown);

  if (selected >= self->years->len || g_array_index (self->years, int, selected) == self->year)
    return;

  self->year = g_array_index (self->years, int, selected);
  self->columns_dirty = TRUE;
  refresh (self);
}

static void
on_meetings_changed_cb (NvPlanningGrid *self)
{
  self->columns_dirty = TRUE;
  queue_refresh (self);
}

/* The editor: a popover by the cell */

typedef struct
{
  NvPlanningGrid *grid;
  NvMeeting      *meeting;
  char           *row;
  GtkWidget      *cell;
  GtkEditable    *entry;        /* the value, or what the person contributes */
  GtkEditable    *how;          /* how the person takes part */
  GtkLabel       *error;
  gboolean        done;         /* saved or cancelled: closing changes nothing */
} Editor;

static void
editor_free (gpointer data)
{
  Editor *editor = data;

  g_object_unref (editor->meeting);
  g_clear_weak_pointer (&editor->cell);
  g_free (editor->row);
  g_free (editor);
}

static char *
stripped_text (GtkEditable *editable)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (editable)));

  return text[0] != '\0' ? g_steal_pointer (&text) : NULL;
}

static void
set_string_if_changed (NvRecord   *record,
                       const char *property,
                       const char *value)
{
  g_autofree char *old = NULL;

  g_object_get (record, property, &old, NULL);
  if (g_strcmp0 (old, value) != 0)
    g_object_set (record, property, value, NULL);
}

static NvRecord *
new_record (GType type)
{
  NvRecord *record = g_object_new (type, NULL);

  g_free (nv_record_make_id (record));
  return record;
}

/* Saves what the editor holds, as one step; FALSE and the reason shown
 * in the editor when it is not valid */
static gboolean
editor_save (Editor  *editor,
             gboolean add_person)
{
  NvPlanningGrid *self = editor->grid;
  NvHistory *history = nv_plan_get_history (self->plan);
  NvRecord *meeting = NV_RECORD (editor->meeting);
  const char *person = person_of_row (editor->row);
  g_autofree char *text = stripped_text (editor->entry);
  g_autoptr(GError) error = NULL;

  /* The meeting may have been deleted (an undo) while the editor was open */
  if (nv_record_find_ancestor (meeting, NV_TYPE_PLAN) != NV_RECORD (self->plan))
    return TRUE;

  if (person != NULL)
    {
      NvParticipant *participant = nv_meeting_find_participant (editor->meeting, person);
      g_autofree char *how = stripped_text (editor->how);

      if (participant == NULL && !add_person && text == NULL && how == NULL)
        return TRUE;

      nv_history_begin_group (history, participant == NULL ? _("Add Participant") : _("Edit Participant"));
      if (participant == NULL)
        {
          g_autoptr(NvRecord) record = new_record (NV_TYPE_PARTICIPANT);

          nv_participant_set_person (NV_PARTICIPANT (record), person);
          nv_participant_set_contribution (NV_PARTICIPANT (record), text);
          nv_participant_set_involvement (NV_PARTICIPANT (record), how);
          nv_record_list_append (NV_RECORD_LIST (nv_meeting_get_participants (editor->meeting)), record);
        }
      else
        {
          set_string_if_changed (NV_RECORD (participant), "contribution", text);
          set_string_if_changed (NV_RECORD (participant), "involvement", how);
        }
      nv_history_end_group (history);
    }
  else if (g_str_equal (editor->row, "date"))
    {
      guint date = 0;
      int start = -1;

      if (!nv_parse_date_time (text != NULL ? text : "", nv_meeting_get_date (editor->meeting),
                               &date, &start, &error))
        goto invalid;

      nv_history_begin_group (history, _("Change Date and Time"));
      /* Only a date keeps the time, only a time keeps the date */
      if (date != 0 || text == NULL)
        nv_meeting_set_date (editor->meeting, date);
      if (start >= 0 || text == NULL)
        nv_meeting_set_start (editor->meeting, start);
      nv_history_end_group (history);
    }
  else
    {
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (meeting), editor->row);

      if (nv_field_get (pspec)->kind == NV_FIELD_REF)
        {
          const char *found = NULL;

          if (!nv_plan_find_person_by_name (self->plan, text, &found, &error))
            goto invalid;
          set_string_if_changed (meeting, editor->row, found);
        }
      else
        set_string_if_changed (meeting, editor->row, text);
    }

  nv_history_seal (history);
  return TRUE;

invalid:
  gtk_label_set_text (editor->error, error->message);
  gtk_widget_set_visible (GTK_WIDGET (editor->error), TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (editor->entry), "error");
  gtk_accessible_update_property (GTK_ACCESSIBLE (editor->entry), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  error->message, -1);
  gtk_widget_grab_focus (GTK_WIDGET (editor->entry));
  /* The popover grows to show the message */
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  return FALSE;
}

static void
on_editor_activate_cb (GtkWidget *widget,
                       Editor    *editor)
{
  if (editor_save (editor, FALSE))
    {
      editor->done = TRUE;
      gtk_popover_popdown (GTK_POPOVER (editor->grid->editor));
    }
}

static void
on_editor_add_cb (GtkButton *button,
                  Editor    *editor)
{
  if (editor_save (editor, TRUE))
    {
      editor->done = TRUE;
      gtk_popover_popdown (GTK_POPOVER (editor->grid->editor));
    }
}

static void
on_editor_remove_cb (GtkButton *button,
                     Editor    *editor)
{
  NvParticipant *participant = nv_meeting_find_participant (editor->meeting, person_of_row (editor->row));

  editor->done = TRUE;
  gtk_popover_popdown (GTK_POPOVER (editor->grid->editor));

  /* Through the window, which offers to undo it */
  if (participant != NULL)
    gtk_widget_activate_action (GTK_WIDGET (editor->grid), "win.delete", "s",
                                nv_record_get_id (NV_RECORD (participant)));
}

static void
on_editor_changed_cb (GtkEditable *editable,
                      Editor      *editor)
{
  gtk_widget_set_visible (GTK_WIDGET (editor->error), FALSE);
  gtk_widget_remove_css_class (GTK_WIDGET (editor->entry), "error");
}

static gboolean
on_editor_key_cb (GtkEventControllerKey *controller,
                  guint                  keyval,
                  guint                  keycode,
                  GdkModifierType        state,
                  Editor                *editor)
{
  /* Escape leaves everything as it was */
  if (keyval == GDK_KEY_Escape)
    editor->done = TRUE;
  return FALSE;
}

/* Once closed, the popover goes; another may be open by then */
static gboolean
close_editor_cb (gpointer user_data)
{
  GtkWidget *popover = user_data;
  NvPlanningGrid *self = NV_PLANNING_GRID (gtk_widget_get_parent (popover));

  if (self != NULL && self->editor == popover && !gtk_widget_get_visible (popover))
    g_clear_pointer (&self->editor, gtk_widget_unparent);
  g_object_unref (popover);
  return G_SOURCE_REMOVE;
}

/* Leaving the editor by clicking elsewhere keeps what is valid */
static void
on_editor_closed_cb (GtkPopover *popover,
                     Editor     *editor)
{

  if (!editor->done)
    editor_save (editor, FALSE);
  editor->done = TRUE;

  if (editor->cell != NULL && gtk_widget_get_mapped (editor->cell))
    gtk_widget_grab_focus (editor->cell);
  g_idle_add (close_editor_cb, g_object_ref (popover));
}

static GtkWidget *
editor_entry_new (Editor     *editor,
                  const char *text,
                  const char *placeholder)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_editable_set_text (GTK_EDITABLE (entry), text != NULL ? text : "");
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), placeholder);
  gtk_editable_set_enable_undo (GTK_EDITABLE (entry), FALSE);
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 28);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, placeholder, -1);
  gtk_widget_set_hexpand (entry, TRUE);
  g_signal_connect (entry, "activate", G_CALLBACK (on_editor_activate_cb), editor);
  g_signal_connect (entry, "changed", G_CALLBACK (on_editor_changed_cb), editor);
  return entry;
}

static GtkWidget *
with_suggestions (GtkWidget     *entry,
                  NvSuggestFunc  func,
                  NvPlan        *plan,
                  const char    *tooltip)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

  gtk_widget_add_css_class (box, "linked");
  gtk_box_append (GTK_BOX (box), entry);
  gtk_box_append (GTK_BOX (box), nv_suggestion_button_new (GTK_EDITABLE (entry), func, g_object_ref (plan),
                                                           g_object_unref, tooltip));
  return box;
}

static char **
suggest_involvement (gpointer user_data)
{
  return nv_planning_suggest (NV_PLAN (user_data), "involvement", NULL);
}

static char **
suggest_contribution (gpointer user_data)
{
  return nv_planning_suggest (NV_PLAN (user_data), "contribution", NULL);
}

static char **
suggest_people (gpointer user_data)
{
  GListModel *people = nv_plan_get_people (NV_PLAN (user_data));
  guint n = g_list_model_get_n_items (people);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < n; i++)
    {
      const char *name = nv_person_get_name (NV_PERSON (nv_record_list_peek (NV_RECORD_LIST (people), i)));

      if (name != NULL)
        g_strv_builder_add (builder, name);
    }
  return g_strv_builder_end (builder);
}

static void
open_editor (NvPlanningGrid *self,
             GtkWidget      *cell,
             NvMeeting      *meeting,
             const char     *row)
{
  Editor *editor = g_new0 (Editor, 1);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *heading = gtk_label_new (NULL);
  GtkWidget *error = gtk_label_new (NULL);
  GtkEventController *keys = gtk_event_controller_key_new ();
  const char *person = person_of_row (row);
  g_autofree char *title = NULL;
  g_autofree char *value = NULL;
  graphene_rect_t bounds;

  if (self->editor != NULL)
    {
      gtk_popover_popdown (GTK_POPOVER (self->editor));
      g_clear_pointer (&self->editor, gtk_widget_unparent);
    }

  editor->grid = self;
  editor->meeting = g_object_ref (meeting);
  editor->row = g_strdup (row);
  g_set_weak_pointer (&editor->cell, cell);

  /* Translators: the heading of the planning grid's editor: a row (a field or a person) and a meeting */
  title = g_strdup_printf (_("%s — %s"), person != NULL ? person_name (self, person) : row_title (row),
                           nv_meeting_get_name (meeting));
  {
    g_autofree char *shown = nv_display_text (title);

    gtk_label_set_text (GTK_LABEL (heading), shown);
  }
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (heading), 36);
  gtk_widget_add_css_class (heading, "heading");
  gtk_box_append (GTK_BOX (box), heading);

  editor->error = GTK_LABEL (error);
  gtk_label_set_xalign (GTK_LABEL (error), 0);
  /* One line: a popover on GTK 4.8 does not make room for a second
   * line of wrapped text that appears once it is shown */
  gtk_label_set_wrap (GTK_LABEL (error), FALSE);
  gtk_widget_add_css_class (error, "error");
  gtk_widget_set_visible (error, FALSE);

  if (person != NULL)
    {
      NvParticipant *participant = nv_meeting_find_participant (meeting, person);
      GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *how;
      GtkWidget *add;

      editor->entry = GTK_EDITABLE (editor_entry_new (editor, participant ? nv_participant_get_contribution (participant) : NULL,
                                                      _("What they contribute")));
      how = editor_entry_new (editor, participant ? nv_participant_get_involvement (participant) : NULL,
                              _("How they take part"));
      editor->how = GTK_EDITABLE (how);
      gtk_box_append (GTK_BOX (box), with_suggestions (GTK_WIDGET (editor->entry), suggest_contribution, self->plan,
                                                       _("Earlier Contributions")));
      gtk_box_append (GTK_BOX (box), with_suggestions (how, suggest_involvement, self->plan,
                                                       _("Earlier Forms of Involvement")));
      gtk_box_append (GTK_BOX (box), error);

      gtk_widget_set_halign (buttons, GTK_ALIGN_END);
      if (participant != NULL)
        {
          GtkWidget *remove = gtk_button_new_with_mnemonic (_("_Remove from Meeting"));

          gtk_widget_add_css_class (remove, "destructive-action");
          g_signal_connect (remove, "clicked", G_CALLBACK (on_editor_remove_cb), editor);
          gtk_box_append (GTK_BOX (buttons), remove);
        }
      add = gtk_button_new_with_mnemonic (participant != NULL ? _("_Done") : _("_Add to Meeting"));
      gtk_widget_add_css_class (add, "suggested-action");
      g_signal_connect (add, "clicked", G_CALLBACK (on_editor_add_cb), editor);
      gtk_box_append (GTK_BOX (buttons), add);
      gtk_box_append (GTK_BOX (box), buttons);
    }
  else
    {
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (meeting), row);
      gboolean is_person = nv_field_get (pspec)->kind == NV_FIELD_REF;
      GtkWidget *entry;

      if (g_str_equal (row, "date"))
        {
          /* The date as the grid shows it, which reads back */
          value = nv_meeting_get_date (meeting) != 0
                  ? nv_format_when_short (nv_meeting_get_date (meeting), nv_meeting_get_start (meeting))
                  : nv_format_clock_time (nv_meeting_get_start (meeting));
          entry = editor_entry_new (editor, value, _("For example 21.4.2027 15.00"));
        }
      else
        {
          g_object_get (meeting, row, &value, NULL);
          if (is_person)
            entry = editor_entry_new (editor, nv_plan_person_name (self->plan, value), _("A name, or empty for nobody"));
          else
            entry = editor_entry_new (editor, value, row_title (row));
        }

      editor->entry = GTK_EDITABLE (entry);
      gtk_box_append (GTK_BOX (box), is_person ? with_suggestions (entry, suggest_people, self->plan, _("Choose a Person"))
                                               : entry);
      gtk_box_append (GTK_BOX (box), error);
    }

  self->editor = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (self->editor), box);
  gtk_popover_set_position (GTK_POPOVER (self->editor), GTK_POS_BOTTOM);
  gtk_widget_set_parent (self->editor, GTK_WIDGET (self));
  g_object_set_data_full (G_OBJECT (self->editor), "editor", editor, editor_free);
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_editor_key_cb), editor);
  gtk_widget_add_controller (self->editor, keys);
  g_signal_connect (self->editor, "closed", G_CALLBACK (on_editor_closed_cb), editor);

  if (gtk_widget_compute_bounds (cell, GTK_WIDGET (self), &bounds))
    gtk_popover_set_pointing_to (GTK_POPOVER (self->editor),
                                 &(GdkRectangle) { bounds.origin.x, bounds.origin.y,
                                                   bounds.size.width, bounds.size.height });
  gtk_popover_popup (GTK_POPOVER (self->editor));
  gtk_widget_grab_focus (GTK_WIDGET (editor->entry));
}

/* Public API and the class */

void
nv_planning_grid_show (NvPlanningGrid *self,
                       NvPlan         *plan,
                       NvNetwork      *network)
{
  g_return_if_fail (NV_IS_PLANNING_GRID (self));

  if (self->plan != plan)
    {
      if (self->plan != NULL)
        g_signal_handlers_disconnect_by_func (nv_plan_get_history (self->plan), on_plan_changed_cb, self);
      g_set_object (&self->plan, plan);
      g_signal_connect_object (nv_plan_get_history (plan), "changed",
                               G_CALLBACK (on_plan_changed_cb), self, G_CONNECT_SWAPPED);
    }

  if (self->network != network)
    {
      if (self->network != NULL)
        g_signal_handlers_disconnect_by_func (nv_network_get_meetings (self->network), on_meetings_changed_cb, self);
      g_set_object (&self->network, network);
      g_signal_connect_object (nv_network_get_meetings (network), "items-changed",
                               G_CALLBACK (on_meetings_changed_cb), self, G_CONNECT_SWAPPED);
    }

  self->columns_dirty = TRUE;
  refresh (self);
}

/**
 * nv_planning_grid_edit:
 * @row: a meeting's property ("subtheme", "date", "location", "chair",
 *   "minute-taker", "host") or the id of a person in the grid
 *
 * Opens the editor of @meeting's cell in @row, as a click on it would.
 *
 * Returns: the editor's entry, or %NULL if the cell is not shown
 */
GtkEditable *
nv_planning_grid_edit (NvPlanningGrid *self,
                       NvMeeting      *meeting,
                       const char     *row)
{
  g_autofree char *person_row = g_strconcat (PERSON_PREFIX, row, NULL);
  const char *key = g_strv_contains (field_rows, row) ? row : person_row;
  GHashTableIter iter;
  gpointer cell;

  g_return_val_if_fail (NV_IS_PLANNING_GRID (self), NULL);

  refresh (self);
  g_hash_table_iter_init (&iter, self->cells);
  while (g_hash_table_iter_next (&iter, &cell, NULL))
    if (g_object_get_data (cell, "meeting") == meeting &&
        g_strcmp0 (g_object_get_data (cell, "row"), key) == 0)
      {
        /* What a click does; activating the button would do it later */
        on_cell_clicked_cb (GTK_BUTTON (cell), self);
        return self->editor != NULL ? ((Editor *) g_object_get_data (G_OBJECT (self->editor), "editor"))->entry : NULL;
      }
  return NULL;
}

/**
 * nv_planning_grid_get_editor:
 *
 * Returns: (transfer none) (nullable): the open editor, a popover
 */
GtkWidget *
nv_planning_grid_get_editor (NvPlanningGrid *self)
{
  g_return_val_if_fail (NV_IS_PLANNING_GRID (self), NULL);

  return self->editor;
}

static void
nv_planning_grid_map (GtkWidget *widget)
{
  NvPlanningGrid *self = NV_PLANNING_GRID (widget);

  GTK_WIDGET_CLASS (nv_planning_grid_parent_class)->map (widget);

  /* Changes made while another view was shown */
  if (self->network != NULL)
    refresh (self);
}

/* The grid lays out its child itself, rather than through AdwBin's
 * layout manager, so that the editor popover follows its size */
static void
nv_planning_grid_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  GtkWidget *child = adw_bin_get_child (ADW_BIN (widget));

  if (child != NULL)
    gtk_widget_measure (child, orientation, for_size, minimum, natural, minimum_baseline, natural_baseline);
}

static void
nv_planning_grid_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  NvPlanningGrid *self = NV_PLANNING_GRID (widget);
  GtkWidget *child = adw_bin_get_child (ADW_BIN (widget));

  if (child != NULL)
    gtk_widget_allocate (child, width, height, baseline, NULL);

  if (self->editor != NULL)
    gtk_popover_present (GTK_POPOVER (self->editor));
}

static void
nv_planning_grid_dispose (GObject *object)
{
  NvPlanningGrid *self = NV_PLANNING_GRID (object);

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  g_clear_pointer (&self->editor, gtk_widget_unparent);
  if (self->cells != NULL)
    g_hash_table_remove_all (self->cells);
  gtk_widget_dispose_template (GTK_WIDGET (self), NV_TYPE_PLANNING_GRID);
  g_clear_pointer (&self->cells, g_hash_table_unref);
  g_clear_pointer (&self->participants, g_hash_table_unref);
  g_clear_pointer (&self->people, g_hash_table_unref);
  g_clear_pointer (&self->people_rows, g_ptr_array_unref);
  g_clear_pointer (&self->years, g_array_unref);
  g_clear_object (&self->rows);
  g_clear_object (&self->network);
  g_clear_object (&self->plan);

  G_OBJECT_CLASS (nv_planning_grid_parent_class)->dispose (object);
}

static void
nv_planning_grid_class_init (NvPlanningGridClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nv_planning_grid_dispose;
  widget_class->map = nv_planning_grid_map;
  widget_class->measure = nv_planning_grid_measure;
  widget_class->size_allocate = nv_planning_grid_size_allocate;

  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/Netvaerk/ui/nv-planning-grid.ui");
  gtk_widget_class_bind_template_child (widget_class, NvPlanningGrid, column_view);
  gtk_widget_class_bind_template_child (widget_class, NvPlanningGrid, year_dropdown);
  gtk_widget_class_bind_template_callback (widget_class, on_year_selected_cb);
}

static void
nv_planning_grid_init (NvPlanningGrid *self)
{
  GtkNoSelection *selection;

  gtk_widget_set_layout_manager (GTK_WIDGET (self), NULL);
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cells = g_hash_table_new (NULL, NULL);
  self->participants = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_hash_table_unref);
  self->people = g_hash_table_new (g_str_hash, g_str_equal);
  self->rows = gtk_string_list_new (NULL);
  self->years = g_array_new (FALSE, FALSE, sizeof (int));

  selection = gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->rows)));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);
}

/**
 * nv_planning_grid_get_scroller:
 *
 * Returns: (transfer none): the scrolled window the grid's columns and
 * rows move in
 */
GtkScrolledWindow *
nv_planning_grid_get_scroller (NvPlanningGrid *self)
{
  g_return_val_if_fail (NV_IS_PLANNING_GRID (self), NULL);

  return GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (GTK_WIDGET (self->column_view), GTK_TYPE_SCROLLED_WINDOW));
}
