# Generated from forms/pdsa_editor.ui by packaging/build_ui.py: do not edit; edit the .ui file and rebuild.
from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFormLayout, QFrame, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QSpinBox, QTableWidget, QVBoxLayout, QWidget)

from app.ui.widgets.optional_date import OptionalDateEdit

class Ui_PdsaForm(object):
    def setupUi(self, PdsaForm):
        if not PdsaForm.objectName():
            PdsaForm.setObjectName(u"PdsaForm")
        self.outerLayout = QVBoxLayout(PdsaForm)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(0, 0, 0, 0)
        self.cycleBar = QHBoxLayout()
        self.cycleBar.setObjectName(u"cycleBar")
        self.cycleLabel = QLabel(PdsaForm)
        self.cycleLabel.setObjectName(u"cycleLabel")

        self.cycleBar.addWidget(self.cycleLabel)

        self.cycleChoice = QComboBox(PdsaForm)
        self.cycleChoice.setObjectName(u"cycleChoice")
        self.cycleChoice.setEditable(False)

        self.cycleBar.addWidget(self.cycleChoice)

        self.newCycle = QPushButton(PdsaForm)
        self.newCycle.setObjectName(u"newCycle")

        self.cycleBar.addWidget(self.newCycle)

        self.cycleBar.setStretch(1, 1)

        self.outerLayout.addLayout(self.cycleBar)

        self.prompts = QLabel(PdsaForm)
        self.prompts.setObjectName(u"prompts")
        self.prompts.setWordWrap(True)

        self.outerLayout.addWidget(self.prompts)

        self.scroll = QScrollArea(PdsaForm)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.NoFrame)
        self.body = QWidget()
        self.body.setObjectName(u"body")
        self.bodyLayout = QVBoxLayout(self.body)
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.headerBox = QGroupBox(self.body)
        self.headerBox.setObjectName(u"headerBox")
        self.headerForm = QFormLayout(self.headerBox)
        self.headerForm.setObjectName(u"headerForm")
        self.headerForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.headerForm.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.changeIdeaLabel = QLabel(self.headerBox)
        self.changeIdeaLabel.setObjectName(u"changeIdeaLabel")

        self.headerForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.changeIdeaLabel)

        self.changeIdea = QComboBox(self.headerBox)
        self.changeIdea.setObjectName(u"changeIdea")
        self.changeIdea.setEditable(False)

        self.headerForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.changeIdea)

        self.numberLabel = QLabel(self.headerBox)
        self.numberLabel.setObjectName(u"numberLabel")

        self.headerForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.numberLabel)

        self.cycleNumber = QLabel(self.headerBox)
        self.cycleNumber.setObjectName(u"cycleNumber")

        self.headerForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.cycleNumber)

        self.titleLabel = QLabel(self.headerBox)
        self.titleLabel.setObjectName(u"titleLabel")

        self.headerForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.title = QLineEdit(self.headerBox)
        self.title.setObjectName(u"title")
        self.title.setMaxLength(80)

        self.headerForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.title)

        self.startLabel = QLabel(self.headerBox)
        self.startLabel.setObjectName(u"startLabel")

        self.headerForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startDate = OptionalDateEdit(self.headerBox)
        self.startDate.setObjectName(u"startDate")

        self.headerForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.startDate)

        self.endLabel = QLabel(self.headerBox)
        self.endLabel.setObjectName(u"endLabel")

        self.headerForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.endLabel)

        self.endDate = OptionalDateEdit(self.headerBox)
        self.endDate.setObjectName(u"endDate")

        self.headerForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.endDate)

        self.purposeLabel = QLabel(self.headerBox)
        self.purposeLabel.setObjectName(u"purposeLabel")

        self.headerForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.purposeLabel)

        self.purpose = QComboBox(self.headerBox)
        self.purpose.setObjectName(u"purpose")
        self.purpose.setEditable(False)

        self.headerForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.purpose)


        self.bodyLayout.addWidget(self.headerBox)

        self.planBox = QGroupBox(self.body)
        self.planBox.setObjectName(u"planBox")
        self.planForm = QFormLayout(self.planBox)
        self.planForm.setObjectName(u"planForm")
        self.planForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.planForm.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.objectiveLabel = QLabel(self.planBox)
        self.objectiveLabel.setObjectName(u"objectiveLabel")

        self.planForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.objectiveLabel)

        self.objective = QPlainTextEdit(self.planBox)
        self.objective.setObjectName(u"objective")
        self.objective.setTabChangesFocus(True)

        self.planForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.objective)

        self.changeTestedLabel = QLabel(self.planBox)
        self.changeTestedLabel.setObjectName(u"changeTestedLabel")

        self.planForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.changeTestedLabel)

        self.changeTested = QPlainTextEdit(self.planBox)
        self.changeTested.setObjectName(u"changeTested")
        self.changeTested.setTabChangesFocus(True)

        self.planForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.changeTested)

        self.whoLabel = QLabel(self.planBox)
        self.whoLabel.setObjectName(u"whoLabel")

        self.planForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.whoLabel)

        self.who = QLineEdit(self.planBox)
        self.who.setObjectName(u"who")
        self.who.setMaxLength(200)

        self.planForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.who)

        self.placeLabel = QLabel(self.planBox)
        self.placeLabel.setObjectName(u"placeLabel")

        self.planForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.place = QLineEdit(self.planBox)
        self.place.setObjectName(u"place")
        self.place.setMaxLength(200)

        self.planForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.place)

        self.scaleLabel = QLabel(self.planBox)
        self.scaleLabel.setObjectName(u"scaleLabel")

        self.planForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.scaleLabel)

        self.scaleRow = QHBoxLayout()
        self.scaleRow.setObjectName(u"scaleRow")
        self.scaleNumber = QSpinBox(self.planBox)
        self.scaleNumber.setObjectName(u"scaleNumber")
        self.scaleNumber.setMinimum(0)
        self.scaleNumber.setMaximum(10000)

        self.scaleRow.addWidget(self.scaleNumber)

        self.scaleUnit = QComboBox(self.planBox)
        self.scaleUnit.setObjectName(u"scaleUnit")
        self.scaleUnit.setEditable(False)

        self.scaleRow.addWidget(self.scaleUnit)

        self.scaleRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.scaleRow.addItem(self.scaleRowSpacer)


        self.planForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.scaleRow)

        self.measuresLabel = QLabel(self.planBox)
        self.measuresLabel.setObjectName(u"measuresLabel")

        self.planForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.measuresLabel)

        self.measures = QListWidget(self.planBox)
        self.measures.setObjectName(u"measures")
        self.measures.setWordWrap(True)

        self.planForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.measures)

        self.dataPlanLabel = QLabel(self.planBox)
        self.dataPlanLabel.setObjectName(u"dataPlanLabel")

        self.planForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.dataPlanLabel)

        self.dataPlan = QPlainTextEdit(self.planBox)
        self.dataPlan.setObjectName(u"dataPlan")
        self.dataPlan.setTabChangesFocus(True)

        self.planForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.dataPlan)


        self.bodyLayout.addWidget(self.planBox)

        self.questionsBox = QGroupBox(self.body)
        self.questionsBox.setObjectName(u"questionsBox")
        self.questionsLayout = QVBoxLayout(self.questionsBox)
        self.questionsLayout.setObjectName(u"questionsLayout")
        self.questionsLabel = QLabel(self.questionsBox)
        self.questionsLabel.setObjectName(u"questionsLabel")

        self.questionsLayout.addWidget(self.questionsLabel)

        self.questions = QTableWidget(self.questionsBox)
        self.questions.setObjectName(u"questions")
        self.questions.setTabKeyNavigation(False)
        self.questions.setSelectionMode(QAbstractItemView.SingleSelection)

        self.questionsLayout.addWidget(self.questions)

        self.questionButtons = QHBoxLayout()
        self.questionButtons.setObjectName(u"questionButtons")
        self.addQuestion = QPushButton(self.questionsBox)
        self.addQuestion.setObjectName(u"addQuestion")

        self.questionButtons.addWidget(self.addQuestion)

        self.removeQuestion = QPushButton(self.questionsBox)
        self.removeQuestion.setObjectName(u"removeQuestion")

        self.questionButtons.addWidget(self.removeQuestion)

        self.questionButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.questionButtons.addItem(self.questionButtonsSpacer)


        self.questionsLayout.addLayout(self.questionButtons)


        self.bodyLayout.addWidget(self.questionsBox)

        self.doBox = QGroupBox(self.body)
        self.doBox.setObjectName(u"doBox")
        self.doForm = QFormLayout(self.doBox)
        self.doForm.setObjectName(u"doForm")
        self.doForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.doForm.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.observationsLabel = QLabel(self.doBox)
        self.observationsLabel.setObjectName(u"observationsLabel")

        self.doForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.observationsLabel)

        self.observations = QPlainTextEdit(self.doBox)
        self.observations.setObjectName(u"observations")
        self.observations.setTabChangesFocus(True)

        self.doForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.observations)


        self.bodyLayout.addWidget(self.doBox)

        self.studyBox = QGroupBox(self.body)
        self.studyBox.setObjectName(u"studyBox")
        self.studyForm = QFormLayout(self.studyBox)
        self.studyForm.setObjectName(u"studyForm")
        self.studyForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.studyForm.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.improvedLabel = QLabel(self.studyBox)
        self.improvedLabel.setObjectName(u"improvedLabel")

        self.studyForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.improvedLabel)

        self.improved = QComboBox(self.studyBox)
        self.improved.setObjectName(u"improved")
        self.improved.setEditable(False)

        self.studyForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.improved)

        self.improvedDetailLabel = QLabel(self.studyBox)
        self.improvedDetailLabel.setObjectName(u"improvedDetailLabel")

        self.studyForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.improvedDetailLabel)

        self.improvedDetail = QLineEdit(self.studyBox)
        self.improvedDetail.setObjectName(u"improvedDetail")
        self.improvedDetail.setMaxLength(500)

        self.studyForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.improvedDetail)


        self.bodyLayout.addWidget(self.studyBox)

        self.actBox = QGroupBox(self.body)
        self.actBox.setObjectName(u"actBox")
        self.actForm = QFormLayout(self.actBox)
        self.actForm.setObjectName(u"actForm")
        self.actForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.actForm.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.actLabel = QLabel(self.actBox)
        self.actLabel.setObjectName(u"actLabel")

        self.actForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.actLabel)

        self.act = QComboBox(self.actBox)
        self.act.setObjectName(u"act")
        self.act.setEditable(False)

        self.actForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.act)

        self.nextPlanLabel = QLabel(self.actBox)
        self.nextPlanLabel.setObjectName(u"nextPlanLabel")

        self.actForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nextPlanLabel)

        self.nextPlan = QPlainTextEdit(self.actBox)
        self.nextPlan.setObjectName(u"nextPlan")
        self.nextPlan.setTabChangesFocus(True)

        self.actForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nextPlan)

        self.nextRow = QHBoxLayout()
        self.nextRow.setObjectName(u"nextRow")
        self.nextCycle = QPushButton(self.actBox)
        self.nextCycle.setObjectName(u"nextCycle")

        self.nextRow.addWidget(self.nextCycle)

        self.nextRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.nextRow.addItem(self.nextRowSpacer)


        self.actForm.setLayout(2, QFormLayout.ItemRole.SpanningRole, self.nextRow)


        self.bodyLayout.addWidget(self.actBox)

        self.scroll.setWidget(self.body)

        self.outerLayout.addWidget(self.scroll)

        self.footer = QHBoxLayout()
        self.footer.setObjectName(u"footer")
        self.message = QLabel(PdsaForm)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.footer.addWidget(self.message)

        self.reload = QPushButton(PdsaForm)
        self.reload.setObjectName(u"reload")

        self.footer.addWidget(self.reload)

        self.printCycle = QPushButton(PdsaForm)
        self.printCycle.setObjectName(u"printCycle")

        self.footer.addWidget(self.printCycle)

        self.cyclePdf = QPushButton(PdsaForm)
        self.cyclePdf.setObjectName(u"cyclePdf")

        self.footer.addWidget(self.cyclePdf)

        self.deleteCycle = QPushButton(PdsaForm)
        self.deleteCycle.setObjectName(u"deleteCycle")

        self.footer.addWidget(self.deleteCycle)

        self.footer.setStretch(0, 1)

        self.outerLayout.addLayout(self.footer)

#if QT_CONFIG(shortcut)
        self.cycleLabel.setBuddy(self.cycleChoice)
        self.changeIdeaLabel.setBuddy(self.changeIdea)
        self.titleLabel.setBuddy(self.title)
        self.startLabel.setBuddy(self.startDate)
        self.endLabel.setBuddy(self.endDate)
        self.purposeLabel.setBuddy(self.purpose)
        self.objectiveLabel.setBuddy(self.objective)
        self.changeTestedLabel.setBuddy(self.changeTested)
        self.whoLabel.setBuddy(self.who)
        self.placeLabel.setBuddy(self.place)
        self.scaleLabel.setBuddy(self.scaleNumber)
        self.measuresLabel.setBuddy(self.measures)
        self.dataPlanLabel.setBuddy(self.dataPlan)
        self.questionsLabel.setBuddy(self.questions)
        self.observationsLabel.setBuddy(self.observations)
        self.improvedLabel.setBuddy(self.improved)
        self.improvedDetailLabel.setBuddy(self.improvedDetail)
        self.actLabel.setBuddy(self.act)
        self.nextPlanLabel.setBuddy(self.nextPlan)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.cycleChoice, self.newCycle)
        QWidget.setTabOrder(self.newCycle, self.changeIdea)
        QWidget.setTabOrder(self.changeIdea, self.title)
        QWidget.setTabOrder(self.title, self.startDate)
        QWidget.setTabOrder(self.startDate, self.endDate)
        QWidget.setTabOrder(self.endDate, self.purpose)
        QWidget.setTabOrder(self.purpose, self.objective)
        QWidget.setTabOrder(self.objective, self.changeTested)
        QWidget.setTabOrder(self.changeTested, self.who)
        QWidget.setTabOrder(self.who, self.place)
        QWidget.setTabOrder(self.place, self.scaleNumber)
        QWidget.setTabOrder(self.scaleNumber, self.scaleUnit)
        QWidget.setTabOrder(self.scaleUnit, self.measures)
        QWidget.setTabOrder(self.measures, self.dataPlan)
        QWidget.setTabOrder(self.dataPlan, self.questions)
        QWidget.setTabOrder(self.questions, self.addQuestion)
        QWidget.setTabOrder(self.addQuestion, self.removeQuestion)
        QWidget.setTabOrder(self.removeQuestion, self.observations)
        QWidget.setTabOrder(self.observations, self.improved)
        QWidget.setTabOrder(self.improved, self.improvedDetail)
        QWidget.setTabOrder(self.improvedDetail, self.act)
        QWidget.setTabOrder(self.act, self.nextPlan)
        QWidget.setTabOrder(self.nextPlan, self.nextCycle)
        QWidget.setTabOrder(self.nextCycle, self.reload)
        QWidget.setTabOrder(self.reload, self.printCycle)
        QWidget.setTabOrder(self.printCycle, self.cyclePdf)
        QWidget.setTabOrder(self.cyclePdf, self.deleteCycle)

        self.retranslateUi(PdsaForm)

        QMetaObject.connectSlotsByName(PdsaForm)
    # setupUi

    def retranslateUi(self, PdsaForm):
        PdsaForm.setWindowTitle(QCoreApplication.translate("PdsaForm", u"PDSA cycle", None))
        self.cycleLabel.setText(QCoreApplication.translate("PdsaForm", u"C&ycle", None))
#if QT_CONFIG(accessibility)
        self.cycleChoice.setAccessibleName(QCoreApplication.translate("PdsaForm", u"PDSA cycle shown", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.newCycle.setAccessibleName(QCoreApplication.translate("PdsaForm", u"New cycle", None))
#endif // QT_CONFIG(accessibility)
        self.newCycle.setText(QCoreApplication.translate("PdsaForm", u"&New cycle", None))
        self.prompts.setText("")
        self.headerBox.setTitle(QCoreApplication.translate("PdsaForm", u"Cycle", None))
        self.changeIdeaLabel.setText(QCoreApplication.translate("PdsaForm", u"Change idea (&ramp)", None))
#if QT_CONFIG(accessibility)
        self.changeIdea.setAccessibleName(QCoreApplication.translate("PdsaForm", u"Change idea (ramp)", None))
#endif // QT_CONFIG(accessibility)
        self.numberLabel.setText(QCoreApplication.translate("PdsaForm", u"Cycle number", None))
        self.cycleNumber.setText("")
        self.titleLabel.setText(QCoreApplication.translate("PdsaForm", u"Short na&me (on charts)", None))
#if QT_CONFIG(accessibility)
        self.title.setAccessibleName(QCoreApplication.translate("PdsaForm", u"Short name, shown on charts", None))
#endif // QT_CONFIG(accessibility)
        self.title.setPlaceholderText(QCoreApplication.translate("PdsaForm", u"for example: Tablet reminders, one bay", None))
        self.startLabel.setText(QCoreApplication.translate("PdsaForm", u"&Start", None))
#if QT_CONFIG(accessibility)
        self.startDate.setAccessibleName(QCoreApplication.translate("PdsaForm", u"Start date", None))
#endif // QT_CONFIG(accessibility)
        self.endLabel.setText(QCoreApplication.translate("PdsaForm", u"&End", None))
#if QT_CONFIG(accessibility)
        self.endDate.setAccessibleName(QCoreApplication.translate("PdsaForm", u"End date", None))
#endif // QT_CONFIG(accessibility)
        self.purposeLabel.setText(QCoreApplication.translate("PdsaForm", u"&Purpose", None))
#if QT_CONFIG(accessibility)
        self.purpose.setAccessibleName(QCoreApplication.translate("PdsaForm", u"Purpose of the cycle", None))
#endif // QT_CONFIG(accessibility)
        self.planBox.setTitle(QCoreApplication.translate("PdsaForm", u"Plan", None))
        self.objectiveLabel.setText(QCoreApplication.translate("PdsaForm", u"&Objective: what do we want to learn?", None))
#if QT_CONFIG(accessibility)
        self.objective.setAccessibleName(QCoreApplication.translate("PdsaForm", u"Objective: what do we want to learn?", None))
#endif // QT_CONFIG(accessibility)
        self.changeTestedLabel.setText(QCoreApplication.translate("PdsaForm", u"C&hange being tested", None))
#if QT_CONFIG(accessibility)
        self.changeTested.setAccessibleName(QCoreApplication.translate("PdsaForm", u"Change being tested", None))
#endif // QT_CONFIG(accessibility)
        self.whoLabel.setText(QCoreApplication.translate("PdsaForm", u"&Who", None))
#if QT_CONFIG(accessibility)
        self.who.setAccessibleName(QCoreApplication.translate("PdsaForm", u"Who will test it", None))
#endif // QT_CONFIG(accessibility)
        self.placeLabel.setText(QCoreApplication.translate("PdsaForm", u"W&here", None))
#if QT_CONFIG(accessibility)
        self.place.setAccessibleName(QCoreApplication.translate("PdsaForm", u"Where the test happens", None))
#endif // QT_CONFIG(accessibility)
        self.scaleLabel.setText(QCoreApplication.translate("PdsaForm", u"Scale of the tes&t", None))
#if QT_CONFIG(accessibility)
        self.scaleNumber.setAccessibleName(QCoreApplication.translate("PdsaForm", u"Scale of the test: how many", None))
#endif // QT_CONFIG(accessibility)
        self.scaleNumber.setSpecialValueText(QCoreApplication.translate("PdsaForm", u"\u2013", None))
#if QT_CONFIG(accessibility)
        self.scaleUnit.setAccessibleName(QCoreApplication.translate("PdsaForm", u"Scale of the test: of what", None))
#endif // QT_CONFIG(accessibility)
        self.measuresLabel.setText(QCoreApplication.translate("PdsaForm", u"&Data to collect (measures)", None))
#if QT_CONFIG(accessibility)
        self.measures.setAccessibleName(QCoreApplication.translate("PdsaForm", u"Data to collect: linked measures", None))
#endif // QT_CONFIG(accessibility)
        self.dataPlanLabel.setText(QCoreApplication.translate("PdsaForm", u"How, when and by whom", None))
#if QT_CONFIG(accessibility)
        self.dataPlan.setAccessibleName(QCoreApplication.translate("PdsaForm", u"How, when and by whom the data are collected", None))
#endif // QT_CONFIG(accessibility)
        self.questionsBox.setTitle(QCoreApplication.translate("PdsaForm", u"Questions and predictions", None))
        self.questionsLabel.setText(QCoreApplication.translate("PdsaForm", u"&Questions, one row each, with your prediction; at Study, the result and what you learned. Type in a cell; Tab moves on.", None))
#if QT_CONFIG(accessibility)
        self.questions.setAccessibleName(QCoreApplication.translate("PdsaForm", u"Questions, predictions, results and learning", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.addQuestion.setAccessibleName(QCoreApplication.translate("PdsaForm", u"Add a question", None))
#endif // QT_CONFIG(accessibility)
        self.addQuestion.setText(QCoreApplication.translate("PdsaForm", u"Add &question", None))
#if QT_CONFIG(accessibility)
        self.removeQuestion.setAccessibleName(QCoreApplication.translate("PdsaForm", u"Remove the selected question", None))
#endif // QT_CONFIG(accessibility)
        self.removeQuestion.setText(QCoreApplication.translate("PdsaForm", u"Remove question", None))
        self.doBox.setTitle(QCoreApplication.translate("PdsaForm", u"Do", None))
        self.observationsLabel.setText(QCoreApplication.translate("PdsaForm", u"What happened: observations, problems, surprises", None))
#if QT_CONFIG(accessibility)
        self.observations.setAccessibleName(QCoreApplication.translate("PdsaForm", u"Do: what happened", None))
#endif // QT_CONFIG(accessibility)
        self.studyBox.setTitle(QCoreApplication.translate("PdsaForm", u"Study", None))
        self.improvedLabel.setText(QCoreApplication.translate("PdsaForm", u"Did the change lead to &improvement?", None))
#if QT_CONFIG(accessibility)
        self.improved.setAccessibleName(QCoreApplication.translate("PdsaForm", u"Did the change lead to improvement?", None))
#endif // QT_CONFIG(accessibility)
        self.improvedDetailLabel.setText(QCoreApplication.translate("PdsaForm", u"Why do you say so?", None))
#if QT_CONFIG(accessibility)
        self.improvedDetail.setAccessibleName(QCoreApplication.translate("PdsaForm", u"Why do you say so?", None))
#endif // QT_CONFIG(accessibility)
        self.actBox.setTitle(QCoreApplication.translate("PdsaForm", u"Act", None))
        self.actLabel.setText(QCoreApplication.translate("PdsaForm", u"De&cision", None))
#if QT_CONFIG(accessibility)
        self.act.setAccessibleName(QCoreApplication.translate("PdsaForm", u"Act: adopt, adapt or abandon", None))
#endif // QT_CONFIG(accessibility)
        self.nextPlanLabel.setText(QCoreApplication.translate("PdsaForm", u"Plan for the ne&xt cycle", None))
#if QT_CONFIG(accessibility)
        self.nextPlan.setAccessibleName(QCoreApplication.translate("PdsaForm", u"Plan for the next cycle", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.nextCycle.setAccessibleName(QCoreApplication.translate("PdsaForm", u"Plan the next cycle", None))
#endif // QT_CONFIG(accessibility)
        self.nextCycle.setText(QCoreApplication.translate("PdsaForm", u"Start the next cycle from this &plan", None))
        self.message.setText("")
#if QT_CONFIG(accessibility)
        self.reload.setAccessibleName(QCoreApplication.translate("PdsaForm", u"Reload the cycle as saved", None))
#endif // QT_CONFIG(accessibility)
        self.reload.setText(QCoreApplication.translate("PdsaForm", u"&Reload", None))
#if QT_CONFIG(accessibility)
        self.printCycle.setAccessibleName(QCoreApplication.translate("PdsaForm", u"Print the cycle", None))
#endif // QT_CONFIG(accessibility)
        self.printCycle.setText(QCoreApplication.translate("PdsaForm", u"Print\u2026", None))
#if QT_CONFIG(accessibility)
        self.cyclePdf.setAccessibleName(QCoreApplication.translate("PdsaForm", u"Save the cycle as PDF", None))
#endif // QT_CONFIG(accessibility)
        self.cyclePdf.setText(QCoreApplication.translate("PdsaForm", u"Save as P&DF\u2026", None))
#if QT_CONFIG(accessibility)
        self.deleteCycle.setAccessibleName(QCoreApplication.translate("PdsaForm", u"Delete this cycle", None))
#endif // QT_CONFIG(accessibility)
        self.deleteCycle.setText(QCoreApplication.translate("PdsaForm", u"Delete cycle\u2026", None))
    # retranslateUi

